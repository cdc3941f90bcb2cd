// The whole extension: start `warrant lsp` for Argdown files and let vscode-languageclient
// speak to it. Every feature lives in the server.
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

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
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
