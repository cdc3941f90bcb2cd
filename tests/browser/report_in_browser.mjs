// Opens a warrant HTML report in headless Chromium and checks it as a reader would: the page
// loads without console errors or exceptions, clicking a node (in the drawing, or in the node
// list when there is none) shows that node's details, and a <script> written in a title stays
// text. Saves a screenshot.
//
//   node report_in_browser.mjs CHROMIUM REPORT.html SCREENSHOT.png [--injected-title]
// --injected-title: the map has a title "<script>window.warrantInjected = 1</script>" (as
// tests/browser/report_map.argdown does), which must show as text.
import { writeFileSync } from 'node:fs';
import { runBrowserTest } from './devtools_pipe.mjs';

const [chromium, reportPath, screenshotPath, flag] = process.argv.slice(2);
const injectedTitle = flag === '--injected-title';
if (!chromium || !reportPath || !screenshotPath) {
  console.error('usage: node report_in_browser.mjs CHROMIUM REPORT.html SCREENSHOT.png');
  process.exit(2);
}

runBrowserTest(chromium, 60, async (browser, check) => {
  const session = await browser.openPage(reportPath, 1600, 1000);
  const evaluate = (expression) => browser.evaluate(session, expression);

  check(await evaluate("document.querySelectorAll('.node-detail').length > 0"), 'the report has node details');
  check(await evaluate("typeof window.warrantInjected === 'undefined'"), 'a <script> written in the map did not run');
  if (injectedTitle)
    check(await evaluate("document.body.textContent.includes('<script>window.warrantInjected = 1</script>')"),
          'a <script> written in the map shows as text');

  // Click what a reader would click: a node of the drawing, else an entry of the node list.
  const target = await evaluate(`(() => {
    const drawn = document.querySelector('.map g.node');
    const element = drawn || document.querySelector('#node-list a.node-link');
    if (!drawn) element.closest('details').open = true;
    (drawn ? document.getElementById('map-view') : element).scrollIntoView({ block: 'center' });
    const box = element.getBoundingClientRect();
    return { drawn: !!drawn, x: box.left + box.width / 2, y: box.top + box.height / 2,
             label: (drawn ? drawn.querySelector('title') : element).textContent.trim() };
  })()`);
  console.log(`clicking ${target.drawn ? 'drawn node' : 'listed node'} "${target.label}" at (${Math.round(target.x)}, ${Math.round(target.y)})`);
  await browser.click(session, target.x, target.y);
  const shown = await evaluate(`(() => {
    const vertex = document.getElementById('details').getAttribute('data-shown');
    const article = vertex === null ? null : document.getElementById('detail-' + vertex);
    const visible = article && !article.hidden && article.getBoundingClientRect().height > 0;
    return { vertex, visible: !!visible, heading: article ? article.querySelector('h3').textContent : '' };
  })()`);
  check(shown.vertex !== null && shown.visible, `clicking a node shows its details (detail-${shown.vertex}: "${shown.heading}")`);

  const { data } = await browser.send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: false }, session);
  writeFileSync(screenshotPath, Buffer.from(data, 'base64'));
  console.log(`screenshot: ${screenshotPath}`);

  await new Promise((r) => setTimeout(r, 200));  // let late console messages arrive
  check(browser.problems.length === 0, 'no console errors or exceptions' + (browser.problems.length ? ': ' + browser.problems.join('; ') : ''));
});
