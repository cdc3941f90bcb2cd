// warrant class report, essay pane: the essay's text beside its map. A marked part is a link
// to its node (report.js opens the node and centres it); when a node is shown, from the map, a
// search or a link, its words in the essay are highlighted and scrolled into view.
(function () {
  'use strict';
  var pane = document.getElementById('essay-text');
  if (!pane) return;
  var current = [];

  function partsOf(vertex) { return pane.querySelectorAll('a.essay-part[data-node="' + vertex + '"]'); }

  function inView(element) {
    var box = element.getBoundingClientRect(), frame = pane.getBoundingClientRect();
    return box.top >= frame.top && box.bottom <= frame.bottom;
  }

  // The pane scrolls on its own; the page stays where the reader is.
  function bringIntoView(vertex) {
    for (var i = 0; i < current.length; i++) current[i].classList.remove('current');
    current = partsOf(vertex);
    for (var j = 0; j < current.length; j++) current[j].classList.add('current');
    if (!current.length || inView(current[0])) return;
    var offset = current[0].getBoundingClientRect().top - pane.getBoundingClientRect().top;
    pane.scrollTop = Math.max(0, pane.scrollTop + offset - pane.clientHeight / 3);
  }

  document.addEventListener('warrant:node-shown', function (event) { bringIntoView(event.detail.vertex); });
})();
