// Opens a warrant HTML report in headless Chromium and checks it as a reader would: the page
// loads without console errors or exceptions, clicking a node (in the drawing, or in the node
// list when there is none) shows that node's details, and a <script> written in a title stays
// text. Saves a screenshot. No npm packages: the DevTools protocol runs over
// --remote-debugging-pipe (file descriptors 3 and 4), so no WebSocket client is needed.
//
//   node report_in_browser.mjs CHROMIUM REPORT.html SCREENSHOT.png [--injected-title]
// --injected-title: the map has a title "<script>window.warrantInjected = 1</script>" (as
// tests/browser/report_map.argdown does), which must show as text.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [chromium, reportPath, screenshotPath, flag] = process.argv.slice(2);
const injectedTitle = flag === '--injected-title';
if (!chromium || !reportPath || !screenshotPath) {
  console.error('usage: node report_in_browser.mjs CHROMIUM REPORT.html SCREENSHOT.png');
  process.exit(2);
}

const profile = mkdtempSync(join(tmpdir(), 'warrant-chromium-'));
const browser = spawn(chromium, [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank',
], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
let browserLog = '';
browser.stderr.on('data', (chunk) => { browserLog += chunk; });

const failures = [];
const problems = [];  // console errors and exceptions seen on the page
let nextId = 1;
const pending = new Map();
const eventWaiters = [];

function send(method, params = {}, sessionId) {
  const id = nextId++;
  const message = { id, method, params };
  if (sessionId) message.sessionId = sessionId;
  browser.stdio[3].write(JSON.stringify(message) + '\0');
  return new Promise((resolvePromise, reject) => pending.set(id, { resolvePromise, reject, method }));
}

function waitForEvent(method) {
  return new Promise((resolvePromise) => eventWaiters.push({ method, resolvePromise }));
}

let buffered = '';
browser.stdio[4].on('data', (chunk) => {
  buffered += chunk.toString('utf8');
  let end;
  while ((end = buffered.indexOf('\0')) >= 0) {
    const message = JSON.parse(buffered.slice(0, end));
    buffered = buffered.slice(end + 1);
    if (message.id && pending.has(message.id)) {
      const { resolvePromise, reject, method } = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) reject(new Error(`${method}: ${message.error.message}`));
      else resolvePromise(message.result);
      continue;
    }
    if (message.method === 'Runtime.exceptionThrown')
      problems.push('exception: ' + (message.params.exceptionDetails.exception?.description || message.params.exceptionDetails.text));
    if (message.method === 'Runtime.consoleAPICalled' && ['error', 'assert'].includes(message.params.type))
      problems.push('console.error: ' + message.params.args.map((a) => a.value ?? a.description).join(' '));
    if (message.method === 'Log.entryAdded' && message.params.entry.level === 'error')
      problems.push('log: ' + message.params.entry.text);
    for (let i = eventWaiters.length - 1; i >= 0; i--)
      if (eventWaiters[i].method === message.method) eventWaiters.splice(i, 1)[0].resolvePromise(message.params);
  }
});

function check(condition, what) {
  console.log(`${condition ? 'ok  ' : 'FAIL'} ${what}`);
  if (!condition) failures.push(what);
}

async function evaluate(session, expression) {
  const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, returnByValue: true }, session);
  if (exceptionDetails) throw new Error(`evaluating ${expression}: ${exceptionDetails.text}`);
  return result.value;
}

async function click(session, x, y) {
  for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased'])
    await send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 }, session);
}

async function run() {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId: session } = await send('Target.attachToTarget', { targetId, flatten: true });
  await send('Runtime.enable', {}, session);
  await send('Log.enable', {}, session);
  await send('Page.enable', {}, session);
  await send('Emulation.setDeviceMetricsOverride', { width: 1600, height: 1000, deviceScaleFactor: 1, mobile: false }, session);
  const loaded = waitForEvent('Page.loadEventFired');
  await send('Page.navigate', { url: pathToFileURL(resolve(reportPath)).href }, session);
  await loaded;

  check(await evaluate(session, "document.querySelectorAll('.node-detail').length > 0"), 'the report has node details');
  check(await evaluate(session, "typeof window.warrantInjected === 'undefined'"),
        'a <script> written in the map did not run');
  if (injectedTitle)
    check(await evaluate(session, "document.body.textContent.includes('<script>window.warrantInjected = 1</script>')"),
          'a <script> written in the map shows as text');

  // Click what a reader would click: a node of the drawing, else an entry of the node list.
  const target = await evaluate(session, `(() => {
    const drawn = document.querySelector('.map g.node');
    const element = drawn || document.querySelector('#node-list a.node-link');
    element.scrollIntoView({ block: 'center' });
    const box = element.getBoundingClientRect();
    return { drawn: !!drawn, x: box.left + box.width / 2, y: box.top + box.height / 2,
             label: (drawn ? drawn.querySelector('title') : element).textContent.trim() };
  })()`);
  console.log(`clicking ${target.drawn ? 'drawn node' : 'listed node'} "${target.label}" at (${Math.round(target.x)}, ${Math.round(target.y)})`);
  await click(session, target.x, target.y);
  const shown = await evaluate(session, `(() => {
    const vertex = document.getElementById('details').getAttribute('data-shown');
    const article = vertex === null ? null : document.getElementById('detail-' + vertex);
    const visible = article && !article.hidden && article.getBoundingClientRect().height > 0;
    return { vertex, visible: !!visible, heading: article ? article.querySelector('h3').textContent : '' };
  })()`);
  check(shown.vertex !== null && shown.visible, `clicking a node shows its details (detail-${shown.vertex}: "${shown.heading}")`);

  const { data } = await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: false }, session);
  writeFileSync(screenshotPath, Buffer.from(data, 'base64'));
  console.log(`screenshot: ${screenshotPath}`);

  await new Promise((r) => setTimeout(r, 200));  // let late console messages arrive
  check(problems.length === 0, 'no console errors or exceptions' + (problems.length ? ': ' + problems.join('; ') : ''));
}

const timeout = setTimeout(() => {
  console.error('FAIL timed out after 60 s\n' + browserLog.slice(-2000));
  browser.kill('SIGKILL');
  process.exit(1);
}, 60000);

// Chromium (and its helper processes) write to the profile until they exit: close it politely,
// wait, then remove the profile. A leftover temp directory is not a test failure.
async function finish(code) {
  clearTimeout(timeout);
  if (browser.exitCode === null) {
    const exited = new Promise((r) => browser.once('exit', r));
    send('Browser.close').catch(() => {});
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (browser.exitCode === null) browser.kill('SIGKILL');
  }
  for (let attempt = 0; attempt < 10; attempt++) {
    try {
      rmSync(profile, { recursive: true, force: true });
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  process.exit(code);
}

run().then(() => finish(failures.length ? 1 : 0), (error) => {
  console.error('FAIL ' + error.message + '\n' + browserLog.slice(-2000));
  return finish(1);
});
