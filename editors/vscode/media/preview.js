// The preview beside the text (runs in the webview). Messages from the extension:
//   {type: 'render', version, svg, note?, nodes: [{id, title, kind, range}], active}
//       a new picture of the document as typed (warrant/render's reply)
//   {type: 'active', active}   the statement under the cursor ("n<vertex>" or null)
// Messages to it: {type: 'ready'} once listening, {type: 'reveal', id} when a node is clicked.
// Zoom and pan stay as the reader left them across new pictures (and across the webview being
// hidden and shown: they are kept in the webview's state).
(function () {
  'use strict';
  var vscode = acquireVsCodeApi();
  var frame = document.getElementById('map');
  var status = document.getElementById('status');
  var view = vscode.getState() || { k: 1, tx: 0, ty: 0, fitted: false };
  var svg = null, width = 0, height = 0, activeId = null, shownVersion = -1;

  function remember() { vscode.setState(view); }
  function apply() {
    if (svg) svg.style.transform = 'translate(' + view.tx + 'px,' + view.ty + 'px) scale(' + view.k + ')';
    remember();
  }
  function fit() {
    if (!svg) return;
    view.k = Math.min(frame.clientWidth / width, frame.clientHeight / height, 2) * 0.96;
    view.tx = (frame.clientWidth - width * view.k) / 2;
    view.ty = (frame.clientHeight - height * view.k) / 2;
    view.fitted = true;
    apply();
  }
  function zoomAt(factor, x, y) {
    var next = Math.min(8, Math.max(0.05, view.k * factor));
    view.tx = x - (x - view.tx) * next / view.k;
    view.ty = y - (y - view.ty) * next / view.k;
    view.k = next;
    apply();
  }

  function groupOf(id) {
    if (!svg || !id) return null;
    var titles = svg.querySelectorAll('g.node > title');
    for (var i = 0; i < titles.length; i++) if (titles[i].textContent.trim() === id) return titles[i].parentNode;
    return null;
  }

  // Brings a node into the frame without changing the zoom.
  function bringIntoView(group) {
    var box = group.getBoundingClientRect(), frameBox = frame.getBoundingClientRect();
    if (box.left >= frameBox.left && box.right <= frameBox.right && box.top >= frameBox.top && box.bottom <= frameBox.bottom) return;
    view.tx += frameBox.left + frameBox.width / 2 - (box.left + box.width / 2);
    view.ty += frameBox.top + frameBox.height / 2 - (box.top + box.height / 2);
    apply();
  }

  function highlight(id) {
    var old = svg ? svg.querySelector('g.node.active') : null;
    if (old) old.classList.remove('active');
    activeId = id;
    var group = groupOf(id);
    if (!group) return;
    group.classList.add('active');
    bringIntoView(group);
  }

  function draw(message) {
    if (message.version < shownVersion) return;  // a late reply to an older text
    shownVersion = message.version;
    if (!message.svg) {
      frame.textContent = '';
      var empty = document.createElement('p');
      empty.id = 'empty';
      empty.textContent = message.note || 'Nothing to draw yet.';
      frame.appendChild(empty);
      svg = null;
    } else {
      // Graphviz's SVG as the language server drew it (every text from the map escaped there).
      frame.innerHTML = message.svg;
      svg = frame.querySelector('svg');
      var box = svg.viewBox.baseVal;
      width = box && box.width ? box.width : svg.getBBox().width;
      height = box && box.height ? box.height : svg.getBBox().height;
      svg.style.width = width + 'px';
      svg.style.height = height + 'px';
      var groups = svg.querySelectorAll('g.node'), titles = {};
      for (var n = 0; n < message.nodes.length; n++) titles[message.nodes[n].id] = message.nodes[n].title;
      for (var i = 0; i < groups.length; i++) {
        var title = groups[i].querySelector('title');
        var id = title ? title.textContent.trim() : '';
        groups[i].setAttribute('tabindex', '0');
        groups[i].setAttribute('role', 'button');
        groups[i].setAttribute('data-id', id);
        groups[i].setAttribute('aria-label', titles[id] || id);
      }
      if (view.fitted) apply(); else fit();
    }
    status.textContent = message.nodes.length + (message.nodes.length === 1 ? ' node' : ' nodes') + ' · version ' + message.version;
    highlight(message.active);
  }

  window.addEventListener('message', function (event) {
    var message = event.data;
    if (!message || typeof message !== 'object') return;
    if (message.type === 'render') draw(message);
    else if (message.type === 'active') highlight(message.active);
  });

  // --- The reader's hands: wheel zooms, drag pans, a click (not a drag) on a node reveals it.
  var last = null, dragged = false;
  frame.addEventListener('wheel', function (event) {
    event.preventDefault();
    var box = frame.getBoundingClientRect();
    zoomAt(Math.exp(-event.deltaY * (event.ctrlKey ? 0.01 : 0.0025)), event.clientX - box.left, event.clientY - box.top);
  }, { passive: false });
  frame.addEventListener('pointerdown', function (event) { last = { x: event.clientX, y: event.clientY }; dragged = false; });
  frame.addEventListener('pointermove', function (event) {
    if (!last) return;
    if (!dragged && Math.hypot(event.clientX - last.x, event.clientY - last.y) < 3) return;
    if (!dragged) frame.setPointerCapture(event.pointerId);
    dragged = true;
    frame.classList.add('dragging');
    view.tx += event.clientX - last.x;
    view.ty += event.clientY - last.y;
    last = { x: event.clientX, y: event.clientY };
    apply();
  });
  function release() { last = null; frame.classList.remove('dragging'); }
  frame.addEventListener('pointerup', release);
  frame.addEventListener('pointercancel', release);
  function reveal(group) { vscode.postMessage({ type: 'reveal', id: group.getAttribute('data-id') }); }
  frame.addEventListener('click', function (event) {
    if (dragged) { dragged = false; return; }
    var group = event.target.closest ? event.target.closest('g.node') : null;
    if (group) reveal(group);
  });
  frame.addEventListener('keydown', function (event) {
    var centreX = frame.clientWidth / 2, centreY = frame.clientHeight / 2;
    if (event.key === '+' || event.key === '=') zoomAt(1.25, centreX, centreY);
    else if (event.key === '-') zoomAt(0.8, centreX, centreY);
    else if (event.key === '0') fit();
    else if ((event.key === 'Enter' || event.key === ' ') && event.target.getAttribute('data-id')) reveal(event.target);
    else return;
    event.preventDefault();
  });
  document.getElementById('bar').addEventListener('click', function (event) {
    var action = event.target.getAttribute('data-zoom');
    if (action === 'in') zoomAt(1.25, frame.clientWidth / 2, frame.clientHeight / 2);
    else if (action === 'out') zoomAt(0.8, frame.clientWidth / 2, frame.clientHeight / 2);
    else if (action === 'fit') fit();
  });

  vscode.postMessage({ type: 'ready' });
})();
