// The live report (`warrant watch`) in headless Chromium, as a writer uses it: explore the map,
// save a change, and find the new statement on the page with the place kept.
//
//   node live_report_in_browser.mjs CHROMIUM WARRANT MAP.argdown WORK_DIR
//
// Served (--serve): the page is opened at the printed address while the map has errors, and
// waits; once the map is mended it is the report. After zooming in, opening a node,
// searching and scrolling, a statement is added to the map on disk and must appear in place
// (no reload) with the zoom, scroll, open node and search unchanged; a save without change must
// do nothing; requests without the token or with another Host are refused (403); SIGINT stops
// the server with 0. File (--report): the page reloads when the map changed, and only then,
// and comes back with the same zoom and open node.
import { spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { runBrowserTest } from './devtools_pipe.mjs';

const [chromium, warrant, mapSource, work] = process.argv.slice(2);
if (!chromium || !warrant || !mapSource || !work) {
  console.error('usage: node live_report_in_browser.mjs CHROMIUM WARRANT MAP.argdown WORK_DIR');
  process.exit(2);
}
const kAdded = '\n[Islands work]: Small utopias, like the kibbutzim, lasted for generations.\n  -> [Ustopia]\n';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// The zoom is applied at the next animation frame: two frames later it is on screen.
const frames = `new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))`;

async function until(what, test, seconds = 20) {
  for (let i = 0; i < seconds * 10; i++) {
    if (await test()) return true;
    await sleep(100);
  }
  throw new Error('timed out waiting for ' + what);
}

// Every `warrant watch` started, stopped when the test ends however it ends (a failed check
// exits the process; a server left running would outlive the test).
const watches = [];
process.on('exit', () => { for (const child of watches) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL'); });

// Starts `warrant watch ARGS`; resolves with the process and, for --serve, the printed URL.
function startWatch(args) {
  const child = spawn(warrant, ['watch', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  watches.push(child);
  let out = '', err = '';
  child.stdout.on('data', (chunk) => { out += chunk; });
  child.stderr.on('data', (chunk) => { err += chunk; });
  const exited = new Promise((r) => child.on('exit', (code, signal) => r(code ?? 128 + (signal === 'SIGINT' ? 2 : 9))));
  return { child, exited, url: () => out.trim().split('\n')[0], err: () => err };
}

function status(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (response) => { response.resume(); resolve(response.statusCode); });
    req.on('error', reject);
    req.end();
  });
}

// What the reader would lose to a reload: everything place() reports, and a mark on the window.
const placeOf = `(() => {
  const place = window.warrantReport.place();
  return { transform: document.querySelector('#map-view svg').style.transform, open: place.open, search: place.search,
           y: Math.round(window.scrollY), marked: window.notReloaded === 1,
           hasNew: !!document.querySelector('#map-view svg') && document.querySelector('#map-view svg').textContent.includes('Islands work'),
           newDetails: [...document.querySelectorAll('.node-detail .node-title')].some((t) => t.textContent === 'Islands work'),
           swaps: window.warrantLive.swaps };
})()`;

// Opens [Control] from the drawing, zooms in twice, searches "utopia" and scrolls; marks the window.
async function exploreMap(browser, session) {
  const evaluate = (expression) => browser.evaluate(session, expression);
  await evaluate(`document.querySelector('[data-zoom="fit"]').click(), 1`);  // every node in the frame
  // The node's place is read once the map stands still (on a loaded machine the fit's
  // transition, or the first version swapped in, can still be moving it), and the click is
  // made again if it landed on another node while the map moved.
  const nodeCentre = `(() => {
    const article = [...document.querySelectorAll('.node-detail')].find((a) => a.querySelector('.node-title').textContent === 'Control');
    const group = document.querySelector('#map-view g.node[data-node="' + article.id.slice(7) + '"]');
    document.getElementById('map-view').scrollIntoView({ block: 'start' });
    const box = group.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  })()`;
  for (let attempt = 0; attempt < 5; attempt++) {
    let target = await evaluate(nodeCentre);
    for (let still = 0; still < 20; still++) {
      await evaluate(frames);
      await sleep(50);
      const now = await evaluate(nodeCentre);
      if (now.x === target.x && now.y === target.y) break;
      target = now;
    }
    await browser.click(session, target.x, target.y);
    await sleep(100);
    if (await evaluate(`window.warrantReport.place().open`) === 'Control') break;
  }
  await evaluate(`document.querySelector('[data-zoom="in"]').click(), document.querySelector('[data-zoom="in"]').click(), 1`);
  await evaluate(`(() => { const s = document.getElementById('map-search'); s.value = 'utopia';
                   s.dispatchEvent(new Event('input')); window.scrollBy(0, 120); window.notReloaded = 1; return 1; })()`);
  await evaluate(frames);
  return evaluate(placeOf);
}

async function servedPreview(browser, check) {
  const map = join(work, 'served.argdown');
  writeFileSync(map, '<Unfinished>\n\n(1) A premise.\n-----\n');  // an argument without its conclusion: the waiting page first
  const watch = startWatch([map, '--serve', '--interval', '50']);
  await until('the printed address', () => /^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{32}$/.test(watch.url()));
  const url = new URL(watch.url());
  console.log('serving at ' + url.origin + '/?token=…');
  check(await status(url.origin + '/') === 403, 'a request without the token is refused (403)');
  check(await status(url.origin + '/?token=' + '0'.repeat(32)) === 403, 'a request with a wrong token is refused (403)');
  check(await status(url.href, { Host: 'attacker.example:' + url.port }) === 403, 'a request naming another Host is refused (403)');

  await until('the map\'s errors', () => watch.err().includes('error'));
  const session = await browser.openPage(url.href, 1600, 1000);
  const evaluate = (expression) => browser.evaluate(session, expression);
  check(await evaluate(`document.title`) === 'warrant: waiting for the map', 'a map with errors: the page waits for it');
  copyFileSync(mapSource, map);
  // The report is ready once its scripts have run, not when its drawing is parsed: on a loaded
  // machine the drawing can be there first, and a click on "fit" before the script sets up the
  // map is undone when it centres the map on the thesis.
  await until('the report', async () => {
    try { return await evaluate(`!!document.querySelector('#map-view svg') && !!window.warrantReport && !!window.warrantLive`); }
    catch { return false; }  // mid-reload
  });
  check(true, 'the map mended: the waiting page reloaded into its report');
  const before = await exploreMap(browser, session);
  check(before.open === 'Control' && before.search === 'utopia' && before.y > 0, `explored: zoom ${before.transform}, open ${before.open}, scroll ${before.y}`);

  appendFileSync(map, kAdded);
  await until('the new statement on the page', async () => (await evaluate(placeOf)).hasNew, 30);
  const after = await evaluate(placeOf);
  check(after.marked, 'the page was updated in place, not reloaded');
  check(after.swaps === 1, `one new version swapped in (${after.swaps})`);
  check(after.newDetails, 'the new statement has its details');
  check(after.transform === before.transform, `the zoom and pan are unchanged (${after.transform})`);
  check(after.open === 'Control', `the open node is unchanged (${after.open})`);
  check(after.search === 'utopia' && await evaluate(`document.getElementById('match-count').textContent !== ''`), 'the search is kept and applied');
  check(after.y === before.y, `the scroll is unchanged (${after.y})`);
  check(await evaluate(`document.querySelector('#map-view g.node.selected') !== null`), 'the open node is still marked on the map');

  writeFileSync(map, readFileSync(map));  // saved again, same text
  await sleep(1500);
  const touched = await evaluate(placeOf);
  check(touched.swaps === 1 && touched.marked, 'a save without change does nothing to the page');
  check((watch.err().match(/the report changed/g) || []).length === 1, 'a save without change is no new version for the server');

  const stopping = Date.now();
  watch.child.kill('SIGINT');
  const code = await Promise.race([watch.exited, sleep(10000).then(() => 'still running')]);
  check(code === 0, `SIGINT stops the server with 0, its page still open (${code}, ${Date.now() - stopping} ms)`);
  if (code !== 0) watch.child.kill('SIGKILL');
  await until('the page to notice', () => evaluate(`!!document.getElementById('live-stopped')`), 10);
  check(await evaluate(`document.getElementById('live-stopped').textContent`) === 'warrant watch has stopped: this page no longer follows the map.',
        'the page says the server stopped');
  await browser.send('Page.captureScreenshot', { format: 'png' }, session).then(({ data }) =>
    writeFileSync(join(work, 'live-served.png'), Buffer.from(data, 'base64')));
}

async function fileReport(browser, check) {
  const map = join(work, 'file.argdown');
  const report = join(work, 'file.html');
  copyFileSync(mapSource, map);
  for (const old of [report, report + '.version.js']) rmSync(old, { force: true });  // a last run's page is another version
  const watch = startWatch([map, '--report', report, '--interval', '50', '--reload', '1']);
  await until('the report file', async () => { try { return readFileSync(report + '.version.js', 'utf8').length > 0; } catch { return false; } });
  const session = await browser.openPage(report, 1600, 1000);
  const evaluate = (expression) => browser.evaluate(session, expression);
  const before = await exploreMap(browser, session);

  check(before.open === 'Control' && before.marked, `file mode: explored (open ${before.open})`);
  writeFileSync(map, readFileSync(map));  // saved again, same text
  await sleep(2500);
  check((await evaluate(placeOf)).marked, 'file mode: a save without change does not reload the page');

  appendFileSync(map, kAdded);
  await until('the reloaded page with the new statement', async () => {
    try { return (await evaluate(placeOf)).hasNew; } catch { return false; }  // mid-reload
  }, 30);
  await sleep(200);
  const after = await evaluate(placeOf);
  check(!after.marked, 'file mode: the page reloaded once the report changed');
  check(after.transform === before.transform, `file mode: the zoom and pan came back (${after.transform})`);
  check(after.open === 'Control' && after.search === 'utopia', `file mode: the open node and the search came back (${after.open}, ${after.search})`);
  check(after.y === before.y, `file mode: the scroll came back (${after.y}, was ${before.y})`);
  watch.child.kill('SIGINT');
  check(await watch.exited === 0, 'file mode: SIGINT stops the watch with 0');
}

runBrowserTest(chromium, 110, async (browser, check) => {
  await servedPreview(browser, check);
  await fileReport(browser, check);
  await sleep(200);
  check(browser.problems.length === 0, 'no console errors or exceptions' + (browser.problems.length ? ': ' + browser.problems.join('; ') : ''));
});
