// "warrant: Open Preview to the Side": a webview beside the editor that draws the map as typed.
// The picture comes from the language server (`warrant/render` on the server's current text,
// not the saved file), so it is the report's own drawing; the statement under the cursor is
// highlighted, and a click on a node puts the cursor on its definition.
'use strict';
const vscode = require('vscode');
const crypto = require('crypto');
const { previewHtml } = require('./preview_page');

// Typing pauses this long before the picture is drawn again (the diagnostics wait 150 ms).
const kRedrawDelayMs = 250;

function isArgdown(document) { return document && document.languageId === 'argdown'; }

class MapPreview {
  constructor(context, client, document) {
    this.client = client;
    this.document = document;
    this.nodes = [];
    this.timer = null;
    this.panel = vscode.window.createWebviewPanel('warrant.preview', 'Preview ' + basename(document), vscode.ViewColumn.Beside,
      { enableScripts: true, retainContextWhenHidden: true, localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'media')] });
    const webview = this.panel.webview;
    webview.html = previewHtml({
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(context.extensionUri, 'media', 'preview.js')),
      cspSource: webview.cspSource,
      nonce: crypto.randomBytes(16).toString('hex'),
    });
    this.listeners = [
      webview.onDidReceiveMessage((message) => this.received(message)),
      vscode.workspace.onDidChangeTextDocument((event) => { if (event.document === this.document) this.redrawSoon(); }),
      vscode.window.onDidChangeTextEditorSelection((event) => {
        if (event.textEditor.document === this.document) this.request(false);
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isArgdown(editor.document) && editor.document !== this.document) this.follow(editor.document);
      }),
    ];
    this.panel.onDidDispose(() => this.dispose());
  }

  follow(document) {
    this.document = document;
    this.panel.title = 'Preview ' + basename(document);
    this.request(true);
  }

  redrawSoon() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.request(true), kRedrawDelayMs);
  }

  editor() { return vscode.window.visibleTextEditors.find((editor) => editor.document === this.document); }

  // draw: a new picture (the text changed); otherwise only the statement at the cursor.
  async request(draw) {
    const editor = this.editor();
    const params = { textDocument: { uri: this.document.uri.toString() }, draw };
    if (editor) params.position = this.client.code2ProtocolConverter.asPosition(editor.selection.active);
    let reply;
    try {
      reply = await this.client.sendRequest('warrant/render', params);
    } catch (error) {
      return;  // the document was closed, or the server is restarting: the last picture stays
    }
    this.nodes = reply.nodes;
    this.panel.webview.postMessage(draw ? { type: 'render', ...reply } : { type: 'active', active: reply.active });
  }

  async received(message) {
    if (message.type === 'ready') return this.request(true);
    if (message.type !== 'reveal') return;
    const node = this.nodes.find((candidate) => candidate.id === message.id);
    if (!node || !node.range) return;
    const range = this.client.protocol2CodeConverter.asRange(node.range);
    const editor = this.editor();
    await vscode.window.showTextDocument(this.document, {
      viewColumn: editor ? editor.viewColumn : vscode.ViewColumn.One,
      selection: new vscode.Selection(range.start, range.start),
    });
  }

  dispose() {
    clearTimeout(this.timer);
    for (const listener of this.listeners) listener.dispose();
    if (this.onDispose) this.onDispose();
  }
}

function basename(document) { return document.uri.path.split('/').pop(); }

// Registers the command; one preview at a time, which follows the Argdown editor in front.
function registerPreview(context, client) {
  let preview = null;
  context.subscriptions.push(vscode.commands.registerCommand('warrant.openPreviewToSide', () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isArgdown(editor.document)) {
      vscode.window.showInformationMessage('warrant: open an Argdown file first.');
      return;
    }
    if (preview) {
      preview.follow(editor.document);
      preview.panel.reveal(vscode.ViewColumn.Beside, true);
      return;
    }
    preview = new MapPreview(context, client, editor.document);
    preview.onDispose = () => { preview = null; };
  }));
}

module.exports = { registerPreview };
