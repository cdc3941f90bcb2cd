// Opens the class page of `compare --feedback` (DIR/index.html) in headless Chromium and checks
// it as a teacher would use it: clicking a count of the points table goes to the list of
// exactly those students, each a link to a feedback page that exists; the console stays clean.
// Saves a screenshot of the page and of where the click led.
//
//   node class_index_in_browser.mjs CHROMIUM DIR/index.html SCREENSHOT_PREFIX
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { runBrowserTest } from './devtools_pipe.mjs';

const [chromium, indexPath, screenshotPrefix] = process.argv.slice(2);
if (!chromium || !indexPath || !screenshotPrefix) {
  console.error('usage: node class_index_in_browser.mjs CHROMIUM INDEX.html SCREENSHOT_PREFIX');
  process.exit(2);
}

runBrowserTest(chromium, 60, async (browser, check) => {
  const session = await browser.openPage(indexPath, 1400, 1000);
  const evaluate = (expression) => browser.evaluate(session, expression);
  const screenshot = async (name) => {
    const { data } = await browser.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: false }, session);
    writeFileSync(`${screenshotPrefix}-${name}.png`, Buffer.from(data, 'base64'));
    console.log(`screenshot: ${screenshotPrefix}-${name}.png`);
  };

  const students = await evaluate("[...document.querySelectorAll('#students tbody tr')].map((r) => r.querySelector('a').getAttribute('href'))");
  check(students.length > 0, `the page lists ${students.length} students`);
  const missingPages = students.filter((href) => !existsSync(join(dirname(indexPath), href)));
  check(missingPages.length === 0, 'every student links to a feedback page that exists' + (missingPages.length ? ': ' + missingPages : ''));
  await screenshot('top');

  // The "missed it" count of the first point somebody missed: a count a teacher would click.
  const target = await evaluate(`(() => {
    const link = document.querySelector('#points a.count[href$="-missing"]');
    link.scrollIntoView({ block: 'center' });
    const box = link.getBoundingClientRect();
    return { count: Number(link.textContent), href: link.getAttribute('href'),
             point: link.closest('tr').querySelector('td').textContent,
             x: box.left + box.width / 2, y: box.top + box.height / 2 };
  })()`);
  console.log(`clicking "${target.count}" missed ${target.point} at (${Math.round(target.x)}, ${Math.round(target.y)})`);
  await browser.click(session, target.x, target.y);
  await new Promise((r) => setTimeout(r, 200));
  const landed = await evaluate(`(() => {
    const list = document.querySelector(':target');
    if (!list) return null;
    const box = list.getBoundingClientRect();
    return { id: list.id, heading: list.querySelector('h3').textContent,
             links: [...list.querySelectorAll('a')].map((a) => a.getAttribute('href')),
             visible: box.top >= 0 && box.top < window.innerHeight };
  })()`);
  check(landed !== null && '#' + landed.id === target.href, `the count leads to its list (${landed && landed.id})`);
  check(landed && landed.heading.includes(target.point) && landed.heading.includes('missed it'), `the list is of that point: "${landed && landed.heading}"`);
  check(landed && landed.links.length === target.count, `the list names exactly ${target.count} students: ${landed && landed.links}`);
  check(landed && landed.links.every((href) => students.includes(href)), 'each of them links to their feedback page');
  check(landed && landed.visible, 'the list is scrolled into view');
  await screenshot('missed');

  await new Promise((r) => setTimeout(r, 200));  // let late console messages arrive
  check(browser.problems.length === 0, 'no console errors or exceptions' + (browser.problems.length ? ': ' + browser.problems.join('; ') : ''));
});
