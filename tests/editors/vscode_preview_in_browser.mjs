// The VS Code preview's webview script (editors/vscode/media/preview.js) in headless Chromium,
// fed the messages the extension sends, built from `warrant lsp`'s real `warrant/render` replies.
// The page is the extension's own (preview_page.js) inside an iframe, as VS Code shows a
// webview, beside a plain rendering of the text; acquireVsCodeApi is a stub that records what
// the webview posts. Checks: the picture is drawn and the statement at the cursor highlighted; a
// click on a node asks to reveal that node; a new version (a statement typed) keeps the zoom; the
// highlight follows the cursor; a late reply to an older version is ignored. Saves a 1920x1080
// screenshot of the preview beside the text.
//
//   node vscode_preview_in_browser.mjs CHROMIUM WARRANT MAP.argdown WORK_DIR
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runBrowserTest } from '../browser/devtools_pipe.mjs';
import { startLanguageServer } from './lsp_client.mjs';

const [chromium, warrant, mapPath, work] = process.argv.slice(2);
if (!chromium || !warrant || !mapPath || !work) {
  console.error('usage: node vscode_preview_in_browser.mjs CHROMIUM WARRANT MAP.argdown WORK_DIR');
  process.exit(2);
}
const extension = resolve(dirname(fileURLToPath(import.meta.url)), '../../editors/vscode');
const { previewHtml } = createRequire(import.meta.url)(join(extension, 'preview_page.js'));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Version 1 is the file; version 2 types a paragraph after its last line.
const text1 = readFileSync(mapPath, 'utf8');
const typed = '\n[Islands work]: Small utopias, like the kibbutzim, lasted for generations.\n  -> [Ustopia]\n';
const lastLine = text1.split('\n').length - 1;
const text2 = text1 + typed;
const cursorLine = text1.split('\n').findIndex((line) => line.includes('[Control]'));

async function renderReplies() {
  const lsp = startLanguageServer(warrant);
  const uri = 'file:///unsaved/' + mapPath.split('/').pop();
  await lsp.request('initialize', { capabilities: {} });
  lsp.notify('initialized', {});
  lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'argdown', version: 1, text: text1 } });
  const first = await lsp.request('warrant/render', { textDocument: { uri }, position: { line: cursorLine, character: 6 } });
  lsp.notify('textDocument/didChange', { textDocument: { uri, version: 2 },
    contentChanges: [{ range: { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: 0 } }, text: typed }] });
  const second = await lsp.request('warrant/render', { textDocument: { uri }, position: { line: lastLine + 1, character: 3 } });
  await lsp.stop();
  return { first, second };
}

// The editor side as a reader sees it: numbered lines, the cursor's line marked.
function harness(webview, activeLine) {
  const lines = text2.split('\n').map((line, i) =>
    `<div class="line${i === activeLine ? ' cursor' : ''}"><span class="number">${i + 1}</span>${escapeHtml(line) || ' '}</div>`).join('');
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
    body { margin: 0; display: flex; height: 100vh; background: #1f1f1f; font: 13px/1.5 monospace; }
    .editor { width: 50%; overflow: hidden; color: #d4d4d4; padding-top: 8px; border-right: 1px solid #444; white-space: pre; }
    .tab { font: 13px system-ui, sans-serif; color: #fff; background: #181818; padding: 8px 14px; margin: -8px 0 8px; }
    .number { display: inline-block; width: 4em; padding-right: 1.5em; text-align: right; color: #6e7681; }
    .cursor { background: #2a2d2e; outline: 1px solid #3a3d41; }
    iframe { width: 50%; border: 0; background: #fff; }
  </style></head><body><div class="editor"><div class="tab">${escapeHtml(mapPath.split('/').pop())} — warrant: Open Preview to the Side</div>${lines}</div>
  <iframe id="webview" srcdoc="${escapeHtml(webview)}"></iframe></body></html>`;
}

runBrowserTest(chromium, 60, async (browser, check) => {
  const { first, second } = await renderReplies();
  check(first.version === 1 && second.version === 2, 'the server answered versions 1 and 2');

  const nonce = 'test-nonce';
  const stub = `<script nonce="${nonce}">window.sent = []; window.acquireVsCodeApi = function () { var state;
    return { postMessage: function (m) { window.sent.push(m); }, getState: function () { return state; },
             setState: function (s) { state = s; } }; };</script>`;
  const page = previewHtml({ scriptUri: pathToFileURL(join(extension, 'media/preview.js')).href, cspSource: 'file:', nonce })
    .replace('<script nonce', stub + '\n<script nonce');
  const harnessPath = join(work, 'vscode_preview.html');
  writeFileSync(harnessPath, harness(page, lastLine + 1));

  const session = await browser.openPage(harnessPath, 1920, 1080);
  const inFrame = (expression) => browser.evaluate(session, `(() => { const w = document.getElementById('webview').contentWindow; return (${expression}); })()`);
  for (let i = 0; i < 50 && !(await inFrame('w.sent && w.sent.length > 0')); i++) await sleep(100);
  check(await inFrame(`w.sent[0] && w.sent[0].type === 'ready'`), 'the webview says it is ready');

  const post = async (message) => { await inFrame(`(w.postMessage(${JSON.stringify(message)}, '*'), 1)`); await sleep(150); };
  await post({ type: 'render', ...first });
  const drawn = await inFrame(`({ nodes: w.document.querySelectorAll('#map g.node').length,
    active: (w.document.querySelector('#map g.node.active > title') || {}).textContent, status: w.document.getElementById('status').textContent })`);
  check(drawn.nodes === first.nodes.length, `the picture is drawn (${drawn.nodes} nodes, "${drawn.status}")`);
  const control = first.nodes.find((node) => node.title === 'Control').id;
  check(drawn.active === control, `the statement at the cursor is highlighted (${drawn.active} = [Control])`);

  await inFrame(`(w.document.querySelector('[data-zoom="in"]').click(), 1)`);
  const zoomed = await inFrame(`w.document.querySelector('#map svg').style.transform`);

  // A real click on [Scratch]'s node: the extension is asked to reveal it.
  const scratch = first.nodes.find((node) => node.title === 'Scratch').id;
  const point = await browser.evaluate(session, `(() => {
    const frame = document.getElementById('webview'), offset = frame.getBoundingClientRect();
    const group = frame.contentWindow.document.querySelector('#map g.node[data-id="${scratch}"]');
    const box = group.getBoundingClientRect();
    return { x: offset.left + box.left + box.width / 2, y: offset.top + box.top + box.height / 2 };
  })()`);
  await browser.click(session, point.x, point.y);
  await sleep(100);
  const asked = await inFrame(`w.sent[w.sent.length - 1]`);
  check(asked.type === 'reveal' && asked.id === scratch, `a click on a node asks to reveal it (${JSON.stringify(asked)})`);
  check(first.nodes.find((node) => node.id === scratch).range.start.line === text1.split('\n').findIndex((l) => l.includes('[Scratch]:')),
        'the node the click names has its definition\'s range');

  await post({ type: 'render', ...second });
  const added = second.nodes.find((node) => node.title === 'Islands work').id;
  const after = await inFrame(`({ transform: w.document.querySelector('#map svg').style.transform,
    hasAdded: !!w.document.querySelector('#map g.node[data-id="${added}"]'),
    active: (w.document.querySelector('#map g.node.active') || { dataset: {} }).getAttribute('data-id') })`);
  check(after.hasAdded, `version 2's new statement is drawn (${added})`);
  check(after.active === added, 'the typed statement, under the cursor, is highlighted');
  // The zoom stays; the pan may move, to bring the typed statement into the frame.
  const scale = (transform) => /scale\(([^)]+)\)/.exec(transform)[1];
  check(scale(after.transform) === scale(zoomed), `the zoom is kept across versions (${after.transform})`);

  await post({ type: 'active', active: control });
  check(await inFrame(`w.document.querySelector('#map g.node.active').getAttribute('data-id')`) === control, 'the highlight follows the cursor');
  await post({ type: 'render', ...first });
  check(await inFrame(`!!w.document.querySelector('#map g.node[data-id="${added}"]')`), 'a late reply to version 1 is ignored');
  await post({ type: 'active', active: added });

  await sleep(200);
  const { data } = await browser.send('Page.captureScreenshot', { format: 'png' }, session);
  writeFileSync(join(work, 'vscode_preview.png'), Buffer.from(data, 'base64'));
  console.log('screenshot: ' + join(work, 'vscode_preview.png'));
  check(browser.problems.length === 0, 'no console errors or exceptions' + (browser.problems.length ? ': ' + browser.problems.join('; ') : ''));
});
