// warrant class report: clicking a node (in the drawn map or in the list) shows its details.
// No network, no libraries. A node is known by its vertex number: the detail panel holds one
// <article id="detail-N"> per node; the SVG names nodes "nN" or "N" in each group's <title>.
(function () {
  'use strict';
  var selected = null;

  function vertexOfSvgNode(group) {
    if (group.id && /^node-\d+$/.test(group.id)) return group.id.slice(5);
    var title = group.querySelector('title');
    var name = title ? title.textContent.trim() : '';
    var match = /^n?(\d+)$/.exec(name);
    return match ? match[1] : null;
  }

  function show(vertex) {
    var article = document.getElementById('detail-' + vertex);
    if (!article) return false;
    var articles = document.querySelectorAll('.node-detail');
    for (var i = 0; i < articles.length; i++) articles[i].hidden = true;
    article.hidden = false;
    var hint = document.querySelector('#details .hint');
    if (hint) hint.hidden = true;
    if (selected) selected.classList.remove('selected');
    selected = null;
    var groups = document.querySelectorAll('.map g.node');
    for (var j = 0; j < groups.length; j++) {
      if (vertexOfSvgNode(groups[j]) === String(vertex)) {
        selected = groups[j];
        selected.classList.add('selected');
      }
    }
    document.getElementById('details').setAttribute('data-shown', String(vertex));
    return true;
  }

  document.addEventListener('click', function (event) {
    var target = event.target;
    var link = target.closest ? target.closest('[data-node]') : null;
    if (link) {
      event.preventDefault();
      if (show(link.getAttribute('data-node')) && history.replaceState) history.replaceState(null, '', '#node-' + link.getAttribute('data-node'));
      return;
    }
    var group = target.closest ? target.closest('.map g.node') : null;
    if (group) {
      var vertex = vertexOfSvgNode(group);
      if (vertex !== null && show(vertex) && history.replaceState) history.replaceState(null, '', '#node-' + vertex);
    }
  });

  var initial = /^#node-(\d+)$/.exec(window.location.hash);
  if (initial) show(initial[1]);
})();
