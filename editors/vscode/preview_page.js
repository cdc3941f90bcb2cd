// The preview webview's page (no VS Code API here, so the browser test builds the very same
// page). The script comes from media/preview.js; the picture arrives by message.
'use strict';

// `scriptUri`: where the webview loads media/preview.js; `cspSource`: the webview's own source
// (webview.cspSource); `nonce`: a fresh random string per page.
function previewHtml({ scriptUri, cspSource, nonce }) {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource} data:; style-src ${cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>warrant preview</title>
<style>
  html, body { height: 100%; margin: 0; overflow: hidden; }
  body { display: flex; flex-direction: column; font: 13px/1.4 var(--vscode-font-family, system-ui, sans-serif);
         color: var(--vscode-foreground, #1f1f1f); background: var(--vscode-editor-background, #fff); }
  #bar { display: flex; gap: .5em; align-items: center; padding: 4px 8px; border-bottom: 1px solid var(--vscode-panel-border, #ccc); }
  #bar button { font: inherit; padding: 1px 8px; color: var(--vscode-button-secondaryForeground, inherit);
                background: var(--vscode-button-secondaryBackground, #eee); border: 1px solid var(--vscode-panel-border, #bbb); border-radius: 3px; }
  #status { margin-left: auto; opacity: .8; }
  #map { position: relative; flex: 1; overflow: hidden; cursor: grab; outline: none; background: #fff; }
  #map.dragging { cursor: grabbing; }
  #map svg { position: absolute; left: 0; top: 0; transform-origin: 0 0; }
  #map g.node { cursor: pointer; }
  /* Graphviz may wrap a node's shapes in <a>: descendants, not children. Colour is not the only
     signal: the outline thickens and the text turns bold. */
  #map g.node.active :is(polygon, path, ellipse) { stroke: #c2185b; stroke-width: 5px; }
  #map g.node.active text { font-weight: bold; }
  #map g.node:focus { outline: none; }
  #map g.node:focus :is(polygon, path, ellipse) { stroke-dasharray: 6 3; stroke-width: 3px; }
  #empty { padding: 2em; opacity: .8; }
</style>
</head>
<body>
<div id="bar" role="toolbar" aria-label="Map">
  <button type="button" data-zoom="in" aria-label="Zoom in">+</button>
  <button type="button" data-zoom="out" aria-label="Zoom out">−</button>
  <button type="button" data-zoom="fit">Fit</button>
  <span id="status" aria-live="polite">Waiting for the language server…</span>
</div>
<div id="map" tabindex="0" aria-label="The map as typed. Wheel to zoom, drag to pan, click a node to go to its definition."><p id="empty"></p></div>
<script nonce="${nonce}" src="${scriptUri}"></script>
</body>
</html>
`;
}

module.exports = { previewHtml };
