// The essay's class report at 1920×1080, measured as a teacher would use it: labels readable
// on load, the wheel zooms where the pointer is, a finding leads to its node, search finds a
// source's text, Tab reaches the drawn nodes, and the printed handout is short. Saves a
// screenshot after each step (OUT_DIR/essay-*.png) and the printed PDF (OUT_DIR/essay.pdf).
//
//   node essay_report_in_browser.mjs CHROMIUM REPORT.html OUT_DIR
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBrowserTest } from './devtools_pipe.mjs';

const [chromium, reportPath, outDir] = process.argv.slice(2);
if (!chromium || !reportPath || !outDir) {
  console.error('usage: node essay_report_in_browser.mjs CHROMIUM REPORT.html OUT_DIR');
  process.exit(2);
}

// Screen heights (CSS px) of the drawn labels inside the map's frame: the font size times the
// scale at which the page shows it.
const visibleLabels = `(() => {
  const frame = document.getElementById('map-view').getBoundingClientRect();
  const labels = [];
  for (const text of document.querySelectorAll('#map-view g.node text')) {
    const box = text.getBoundingClientRect();
    if (box.right < frame.left || box.left > frame.right || box.bottom < frame.top || box.top > frame.bottom) continue;
    labels.push(parseFloat(text.getAttribute('font-size')) * text.getScreenCTM().a);
  }
  return labels;
})()`;

const frames = (n) => `new Promise((done) => { let left = ${n}; const next = () => (--left ? requestAnimationFrame(next) : done()); requestAnimationFrame(next); })`;

runBrowserTest(chromium, 120, async (browser, check) => {
  const session = await browser.openPage(reportPath, 1920, 1080);
  const evaluate = (expression) => browser.evaluate(session, expression);
  const send = (method, params = {}) => browser.send(method, params, session);
  const screenshot = async (name) => {
    const { data } = await send('Page.captureScreenshot', { format: 'png' });
    writeFileSync(join(outDir, `essay-${name}.png`), Buffer.from(data, 'base64'));
  };
  await evaluate(frames(2));

  const title = await evaluate('document.querySelector("h1").textContent');
  check(title.startsWith('Purity in a Malevolent Harvest'), `the page is headed with the essay's title ("${title}")`);

  // 1. Readable on load.
  const onLoad = await evaluate(visibleLabels);
  const smallest = Math.min(...onLoad);
  check(onLoad.length >= 5 && smallest >= 12, `on load ${onLoad.length} labels show in the map, the smallest ${smallest.toFixed(1)} px (>= 12)`);
  await screenshot('1-load');

  // 2. Tab from the top of the page reaches a drawn node; Enter opens it.
  let tabs = 0, onNode = false;
  for (; tabs < 200 && !onNode; tabs++) {
    await send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 });
    await send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 });
    onNode = await evaluate("!!(document.activeElement && document.activeElement.matches('#map-view g.node'))");
  }
  check(onNode, `Tab reaches a drawn node after ${tabs} presses`);
  const focused = await evaluate("document.activeElement.getAttribute('data-node')");
  await send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
  await send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
  await evaluate(frames(2));
  check(await evaluate(`document.getElementById('details').getAttribute('data-shown') === '${focused}'`), 'Enter on the focused node opens its details');
  await screenshot('2-keyboard');

  // 3. The wheel zooms at the pointer: the label under it grows at least 1.5 times.
  await evaluate("document.getElementById('map-view').scrollIntoView({ block: 'end' })");
  await screenshot('3-before-wheel');
  const target = await evaluate(`(() => {
    const frame = document.getElementById('map-view').getBoundingClientRect();
    let best = null;
    for (const text of document.querySelectorAll('#map-view g.node text')) {
      const box = text.getBoundingClientRect(), x = box.left + box.width / 2, y = box.top + box.height / 2;
      const distance = Math.hypot(x - (frame.left + frame.width / 2), y - (frame.top + frame.height / 2));
      if (!best || distance < best.distance) best = { distance, x, y, text };
    }
    window.zoomTarget = best.text;
    return { x: best.x, y: best.y, height: best.text.getBoundingClientRect().height, label: best.text.textContent };
  })()`);
  for (let notch = 0; notch < 3; notch++)
    await send('Input.dispatchMouseEvent', { type: 'mouseWheel', x: target.x, y: target.y, deltaX: 0, deltaY: -100 });
  await evaluate(frames(3));
  const zoomed = await evaluate(`(() => { const box = window.zoomTarget.getBoundingClientRect();
    return { height: box.height, x: box.left + box.width / 2, y: box.top + box.height / 2 }; })()`);
  const growth = zoomed.height / target.height;
  check(growth >= 1.5, `three wheel notches over "${target.label}" make it ${growth.toFixed(2)}× larger (>= 1.5)`);
  check(Math.hypot(zoomed.x - target.x, zoomed.y - target.y) < 40, 'the label stays under the pointer while zooming');
  await screenshot('3-after-wheel');

  // 4. A finding leads to its node: details in view, the node highlighted and centred.
  const finding = await evaluate(`(() => {
    const rows = [...document.querySelectorAll('#findings tr[data-node]')]
      .filter((row) => document.querySelector('#map-view g.node[data-node="' + row.dataset.node + '"]'));
    const row = rows[rows.length - 1];
    row.scrollIntoView({ block: 'center' });
    const cell = row.cells[3].getBoundingClientRect();
    return { vertex: row.dataset.node, x: cell.left + 10, y: cell.top + cell.height / 2, text: row.cells[3].textContent };
  })()`);
  await browser.click(session, finding.x, finding.y);
  await evaluate(frames(2));
  const opened = await evaluate(`(() => {
    const article = document.getElementById('detail-${finding.vertex}');
    const box = article.getBoundingClientRect();
    const node = document.querySelector('#map-view g.node[data-node="${finding.vertex}"]');
    const frame = document.getElementById('map-view').getBoundingClientRect(), at = node.getBoundingClientRect();
    return { inView: !article.hidden && box.top >= 0 && box.top < innerHeight && box.height > 0,
             highlighted: node.classList.contains('selected'),
             offCentre: Math.hypot(at.left + at.width / 2 - frame.left - frame.width / 2, at.top + at.height / 2 - frame.top - frame.height / 2) };
  })()`);
  check(opened.inView, `clicking the finding "${finding.text.slice(0, 60)}…" shows its node's details in the viewport`);
  check(opened.highlighted, 'the finding\'s node is highlighted in the map');
  check(opened.offCentre < 5, `and centred in the map (${opened.offCentre.toFixed(1)} px off centre)`);
  await screenshot('4-finding');
  await evaluate("document.getElementById('show-on-map').click()");
  await evaluate(frames(2));
  await screenshot('4b-show-on-map');

  // 5. Search finds Proclus (cited through Wear) and Enter opens the first match.
  await evaluate("document.getElementById('map-search').scrollIntoView({ block: 'center' }); document.getElementById('map-search').focus()");
  await send('Input.insertText', { text: 'Proclus' });
  const found = await evaluate(`[...document.querySelectorAll('#search-results a')].map((a) => a.textContent)`);
  check(found.length > 0, `searching "Proclus" lists ${found.length} node(s): ${found.join(', ')}`);
  await send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
  await send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
  await evaluate(frames(2));
  const searched = await evaluate(`(() => { const shown = document.getElementById('details').getAttribute('data-shown');
    const article = document.getElementById('detail-' + shown);
    return { shown: !!article && !article.hidden && article.textContent.includes('Proclus'), heading: article ? article.querySelector('h3').textContent : '' }; })()`);
  check(searched.shown, `Enter opens the first match ("${searched.heading}")`);
  await screenshot('5-search');

  // 5b. Zoom stops: forty notches in leave the smallest label at most 4 times the readable
  // 14 px; eighty notches out leave the map at least a quarter of the frame wide.
  const wheel = async (notches, deltaY) => {
    for (let notch = 0; notch < notches; notch++)
      await send('Input.dispatchMouseEvent', { type: 'mouseWheel', x: target.x, y: target.y, deltaX: 0, deltaY });
    await evaluate(frames(3));
  };
  await wheel(40, -100);
  const smallestLabel = await evaluate(`Math.min(...[...document.querySelectorAll('#map-view g.node text')]
    .map((text) => parseFloat(text.getAttribute('font-size')) * text.getScreenCTM().a))`);
  check(smallestLabel <= 57, `forty notches in stop with the smallest label ${smallestLabel.toFixed(0)} px tall (<= 56)`);
  await wheel(80, 100);
  const widths = await evaluate(`(() => ({ map: document.querySelector('#map-view svg').getBoundingClientRect().width,
    frame: document.getElementById('map-view').getBoundingClientRect().width }))()`);
  check(widths.map >= widths.frame / 4 - 2, `eighty notches out stop with the map ${widths.map.toFixed(0)} px wide in a ${widths.frame.toFixed(0)} px frame (>= a quarter)`);
  await evaluate("document.getElementById('map-search').value = ''; document.getElementById('map-search').dispatchEvent(new Event('input'))");

  // 6. The printed handout: A4, at most 30 pages.
  const { data } = await send('Page.printToPDF', { paperWidth: 8.27, paperHeight: 11.69, preferCSSPageSize: true, printBackground: false });
  const pdf = Buffer.from(data, 'base64');
  writeFileSync(join(outDir, 'essay.pdf'), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  check(pages > 0 && pages <= 30, `printed on A4 the report takes ${pages} pages (<= 30)`);

  await new Promise((r) => setTimeout(r, 200));  // let late console messages arrive
  check(browser.problems.length === 0, 'no console errors or exceptions' + (browser.problems.length ? ': ' + browser.problems.join('; ') : ''));
});
