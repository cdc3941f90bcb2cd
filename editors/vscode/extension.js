// The extension: start `warrant lsp` for Argdown files and let vscode-languageclient speak to
// it; every feature lives in the server. The preview beside the text is in preview.js.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');
const { registerPreview } = require('./preview');

let client;

function activate(context) {
  const command = vscode.workspace.getConfiguration('warrant').get('path', 'warrant');
  client = new LanguageClient(
    'warrant',
    'warrant',
    { command, args: ['lsp'] },
    { documentSelector: [{ language: 'argdown' }] }
  );
  context.subscriptions.push(client);
  registerPreview(context, client);
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
