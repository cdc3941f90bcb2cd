// The report of an essay (`warrant report essay.txt`) at 1920×1080: the essay beside its map.
// A click on a marked sentence opens its node and centres it in the map; a click on a drawn node
// brings its sentence into view in the essay; the sentences with findings are underlined and
// explained; Tab reaches the marked sentences and Enter opens one. Saves screenshots
// (OUT_DIR/NAME-*.png).
//
//   node essay_pane_in_browser.mjs CHROMIUM REPORT.html OUT_DIR NAME
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runBrowserTest } from './devtools_pipe.mjs';

const [chromium, reportPath, outDir, name] = process.argv.slice(2);
if (!chromium || !reportPath || !outDir || !name) {
  console.error('usage: node essay_pane_in_browser.mjs CHROMIUM REPORT.html OUT_DIR NAME');
  process.exit(2);
}

const frames = (n) => `new Promise((done) => { let left = ${n}; const next = () => (--left ? requestAnimationFrame(next) : done()); requestAnimationFrame(next); })`;

// How far the node's centre is from the map frame's centre, and whether it is selected.
const nodePlace = (vertex) => `(() => {
  const node = document.querySelector('#map-view g.node[data-node="${vertex}"]');
  if (!node) return null;
  const frame = document.getElementById('map-view').getBoundingClientRect(), at = node.getBoundingClientRect();
  return { selected: node.classList.contains('selected'),
           offCentre: Math.hypot(at.left + at.width / 2 - frame.left - frame.width / 2, at.top + at.height / 2 - frame.top - frame.height / 2) };
})()`;

// Whether the essay's first piece of the node's words is inside the essay's frame.
const sentenceInView = (vertex) => `(() => {
  const part = document.querySelector('#essay-text a.essay-part[data-node="${vertex}"]');
  const frame = document.getElementById('essay-text').getBoundingClientRect(), at = part.getBoundingClientRect();
  return at.top >= frame.top && at.bottom <= frame.bottom && part.classList.contains('current');
})()`;

runBrowserTest(chromium, 120, async (browser, check) => {
  const session = await browser.openPage(reportPath, 1920, 1080);
  const evaluate = (expression) => browser.evaluate(session, expression);
  const send = (method, params = {}) => browser.send(method, params, session);
  const screenshot = async (step) => {
    const { data } = await send('Page.captureScreenshot', { format: 'png' });
    writeFileSync(join(outDir, `${name}-${step}.png`), Buffer.from(data, 'base64'));
  };
  await evaluate(frames(2));

  // The pane: every kind marked in words, beside the map.
  const pane = await evaluate(`(() => {
    const essay = document.getElementById('essay-text').getBoundingClientRect();
    const map = document.getElementById('map-view').getBoundingClientRect();
    const parts = [...document.querySelectorAll('#essay-text a.essay-part')];
    const tags = [...document.querySelectorAll('#essay-text .essay-tag')].map((t) => t.textContent);
    return { beside: essay.right <= map.left && essay.top < map.bottom && map.top < essay.bottom,
             parts: parts.length, tags, kinds: [...new Set(parts.map((p) => p.className.match(/essay-(thesis|claim|premise|evidence)/)[1]))].sort() };
  })()`);
  check(pane.beside, 'the essay stands beside its map, left of it');
  check(pane.parts > 5 && pane.tags.some((t) => t.includes('Thesis')), `${pane.parts} marked pieces, tagged in words (${pane.tags.slice(0, 4).join(', ')}, …)`);
  check(pane.kinds.length >= 3, `marked kinds: ${pane.kinds.join(', ')}`);
  await screenshot('1-load');

  // Findings: the sentence underlined (wavy), its explanation under the paragraph.
  const underlined = await evaluate(`(() => {
    const part = document.querySelector('#essay-text a.essay-part.has-finding');
    if (!part) return null;
    const style = getComputedStyle(part), note = document.getElementById(part.getAttribute('aria-describedby'));
    return { line: style.textDecorationLine, wavy: style.textDecorationStyle, note: note ? note.textContent : '' };
  })()`);
  check(underlined && underlined.line.includes('underline') && underlined.wavy === 'wavy',
    `a sentence with a finding is underlined (${underlined && underlined.line} ${underlined && underlined.wavy})`);
  check(underlined && /this sentence|reasons|evidence|source/.test(underlined.note), `and explained beside it: "${underlined && underlined.note.slice(0, 100)}…"`);

  // 1. A click on a marked sentence opens its node, highlighted and centred in the map.
  const target = await evaluate(`(() => {
    const parts = [...document.querySelectorAll('#essay-text a.essay-part')]
      .filter((p) => document.querySelector('#map-view g.node[data-node="' + p.dataset.node + '"]') && !p.classList.contains('current'));
    const part = parts[Math.floor(parts.length / 2)];
    part.scrollIntoView({ block: 'center' });
    const box = part.getClientRects()[0];
    return { vertex: part.dataset.node, x: box.left + Math.min(12, box.width / 2), y: box.top + box.height / 2, text: part.textContent.slice(0, 50) };
  })()`);
  await evaluate(frames(2));
  const again = await evaluate(`(() => { const box = document.querySelector('#essay-text a.essay-part[data-node="${target.vertex}"]').getClientRects()[0];
    return { x: box.left + Math.min(12, box.width / 2), y: box.top + box.height / 2 }; })()`);
  await browser.click(session, again.x, again.y);
  await evaluate(frames(3));
  const opened = await evaluate(nodePlace(target.vertex));
  const shown = await evaluate("document.getElementById('details').getAttribute('data-shown')");
  check(shown === target.vertex, `clicking "${target.text}…" opens node ${target.vertex} (shown: ${shown})`);
  check(opened && opened.selected && opened.offCentre < 5, `its node is highlighted and centred in the map (${opened && opened.offCentre.toFixed(1)} px off centre)`);
  await screenshot('2-sentence-opens-node');

  // 2. A click on a drawn node scrolls the essay to its sentence.
  await evaluate("document.getElementById('essay-text').scrollTop = 0");
  const far = await evaluate(`(() => {
    const frame = document.getElementById('map-view').getBoundingClientRect();
    const parts = [...document.querySelectorAll('#essay-text a.essay-part')];
    const part = parts[parts.length - 1];
    const node = document.querySelector('#map-view g.node[data-node="' + part.dataset.node + '"]');
    return node ? part.dataset.node : null;
  })()`);
  check(far !== null, 'the last marked sentence of the essay has a drawn node');
  check(!(await evaluate(sentenceInView(far))), 'that sentence is out of the essay pane\'s view before the click');
  await evaluate(`(() => { const node = document.querySelector('#map-view g.node[data-node="${far}"]'); node.scrollIntoView({ block: 'nearest' }); })()`);
  // Bring the node into the map's frame, as a reader would by panning, then click it.
  await evaluate(`document.querySelector('#map-view g.node[data-node="${far}"]').dispatchEvent(new FocusEvent('focusin', { bubbles: true }))`);
  await evaluate(frames(2));
  const spot = await evaluate(`(() => { const box = document.querySelector('#map-view g.node[data-node="${far}"]').getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 }; })()`);
  await browser.click(session, spot.x, spot.y);
  await evaluate(frames(3));
  check(await evaluate(sentenceInView(far)), `clicking node ${far} in the map brings its sentence into the essay's view, highlighted`);
  await screenshot('3-node-shows-sentence');

  // 3. Keyboard: Tab reaches a marked sentence, Enter opens its node.
  await evaluate("document.activeElement && document.activeElement.blur(); document.getElementById('essay').scrollIntoView()");
  await evaluate("document.querySelector('#essay .essay-key').setAttribute('tabindex', '-1'); document.querySelector('#essay .essay-key').focus()");
  let onPart = false, tabs = 0;
  for (; tabs < 20 && !onPart; tabs++) {
    await send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 });
    await send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 });
    onPart = await evaluate("!!(document.activeElement && document.activeElement.matches('#essay-text a.essay-part'))");
  }
  check(onPart, `Tab reaches a marked sentence after ${tabs} presses`);
  const focused = await evaluate("document.activeElement.dataset.node");
  await send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
  await send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13 });
  await evaluate(frames(3));
  check(await evaluate(`document.getElementById('details').getAttribute('data-shown') === '${focused}'`), 'Enter on it opens its node');
  await screenshot('4-keyboard');

  await new Promise((r) => setTimeout(r, 200));
  check(browser.problems.length === 0, 'no console errors or exceptions' + (browser.problems.length ? ': ' + browser.problems.join('; ') : ''));
});
