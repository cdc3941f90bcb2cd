// Headless Chromium driven over the DevTools protocol on --remote-debugging-pipe (file
// descriptors 3 and 4, messages ended by NUL), so no WebSocket client and no npm package is
// needed. Shared by the browser tests of the class report.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export function launch(chromium) {
  const profile = mkdtempSync(join(tmpdir(), 'warrant-chromium-'));
  const browser = spawn(chromium, [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--disable-dev-shm-usage', '--hide-scrollbars', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  let log = '';
  browser.stderr.on('data', (chunk) => { log += chunk; });

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
        problems.push('log: ' + message.params.entry.text + (message.params.entry.url ? ' (' + message.params.entry.url + ')' : ''));
      for (let i = eventWaiters.length - 1; i >= 0; i--)
        if (eventWaiters[i].method === message.method) eventWaiters.splice(i, 1)[0].resolvePromise(message.params);
    }
  });

  // Opens `path` (a file, or an http: URL) in a new page of width × height CSS pixels; returns its session.
  async function openPage(path, width, height) {
    const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
    await send('Runtime.enable', {}, sessionId);
    await send('Log.enable', {}, sessionId);
    await send('Page.enable', {}, sessionId);
    await send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false }, sessionId);
    const loaded = waitForEvent('Page.loadEventFired');
    const url = /^https?:/.test(path) ? path : pathToFileURL(resolve(path)).href;
    await send('Page.navigate', { url }, sessionId);
    await loaded;
    return sessionId;
  }

  async function evaluate(session, expression) {
    const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true }, session);
    if (exceptionDetails) throw new Error(`evaluating ${expression}: ${exceptionDetails.exception?.description || exceptionDetails.text}`);
    return result.value;
  }

  async function click(session, x, y) {
    for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased'])
      await send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 }, session);
  }

  // Chromium (and its helper processes) write to the profile until they exit: close it politely,
  // wait, then remove the profile. A leftover temp directory is not a test failure.
  async function close() {
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
  }

  return { send, waitForEvent, openPage, evaluate, click, close, problems, log: () => log, kill: () => browser.kill('SIGKILL') };
}

// Runs `body(browser, check)` with a timeout; exits 1 on any failed check or error.
export function runBrowserTest(chromium, seconds, body) {
  const browser = launch(chromium);
  const failures = [];
  const check = (condition, what) => {
    console.log(`${condition ? 'ok  ' : 'FAIL'} ${what}`);
    if (!condition) failures.push(what);
  };
  const timeout = setTimeout(() => {
    console.error(`FAIL timed out after ${seconds} s\n` + browser.log().slice(-2000));
    browser.kill();
    process.exit(1);
  }, seconds * 1000);
  const finish = async (code) => {
    clearTimeout(timeout);
    await browser.close();
    process.exit(code);
  };
  body(browser, check).then(() => finish(failures.length ? 1 : 0), (error) => {
    console.error('FAIL ' + error.message + '\n' + browser.log().slice(-2000));
    return finish(1);
  });
}
