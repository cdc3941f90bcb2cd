// warrant class report: the map pans and zooms, nodes open their details in the side panel,
// search and filters find nodes. No network, no libraries. A node is known by its vertex
// number: the panel holds one <article id="detail-N"> per node; the SVG names nodes "nN" or "N"
// in each group's <title>.
(function () {
  'use strict';
  var view = document.getElementById('map-view');
  var svg = view ? view.querySelector('svg') : null;
  var panel = document.getElementById('details');
  var groupOf = {};      // vertex -> the drawn node's <g>
  var selected = null;

  function vertexOfSvgNode(group) {
    if (group.id && /^node-\d+$/.test(group.id)) return group.id.slice(5);
    var title = group.querySelector('title');
    var match = /^n?(\d+)$/.exec(title ? title.textContent.trim() : '');
    return match ? match[1] : null;
  }

  // --- Pan and zoom: the drawing keeps its own size and moves under a CSS transform, so that
  // printing (which drops the transform) shows it whole. One unit of the drawing is `k` pixels.
  var k = 1, tx = 0, ty = 0, width = 0, height = 0, minK = 0.05, maxK = 8, frame = 0;

  function apply() {
    frame = 0;
    svg.style.transform = 'translate(' + tx + 'px,' + ty + 'px) scale(' + k + ')';
  }
  function schedule() { if (!frame) frame = requestAnimationFrame(apply); }

  // Zoom stops where it stops showing more: in, at the smallest label 4 times its readable size
  // (56 px); out, at the whole map a quarter of the frame wide (fit() sets minK).
  function zoomAt(factor, x, y) {
    var next = Math.min(Math.max(4 * readableK(), k), Math.max(Math.min(minK, k), k * factor));
    tx = x - (x - tx) * next / k;
    ty = y - (y - ty) * next / k;
    k = next;
    schedule();
  }
  function zoomCentre(factor) { zoomAt(factor, view.clientWidth / 2, view.clientHeight / 2); }

  function fit() {
    k = Math.min(view.clientWidth / width, view.clientHeight / height) * 0.98;
    minK = k / 4;
    tx = (view.clientWidth - width * k) / 2;
    ty = (view.clientHeight - height * k) / 2;
    schedule();
  }

  // The scale at which the smallest label is 14 px on screen: readable on a projector.
  var readable = 0;
  function readableK() {
    if (readable) return readable;
    var smallest = Infinity, texts = svg.querySelectorAll('g.node text');
    for (var i = 0; i < texts.length && i < 2000; i++) {
      var size = parseFloat(texts[i].getAttribute('font-size'));
      if (size > 0 && size < smallest) smallest = size;
    }
    readable = smallest === Infinity ? 1 : Math.min(maxK, 14 / smallest);
    return readable;
  }

  // Centres a drawn node, zooming to at least `atLeast` and at most `atMost` (if given).
  function centreOn(group, atLeast, atMost) {
    var box = group.getBoundingClientRect(), frameBox = view.getBoundingClientRect();
    var ux = (box.left + box.width / 2 - frameBox.left - tx) / k, uy = (box.top + box.height / 2 - frameBox.top - ty) / k;
    if (atMost && k > atMost) k = atMost;
    if (atLeast && k < atLeast) k = atLeast;
    tx = view.clientWidth / 2 - ux * k;
    ty = view.clientHeight / 2 - uy * k;
    apply();
  }

  function visibleInView(group) {
    var box = group.getBoundingClientRect(), frameBox = view.getBoundingClientRect();
    return box.left >= frameBox.left && box.right <= frameBox.right && box.top >= frameBox.top && box.bottom <= frameBox.bottom;
  }

  // Sizes the drawing and makes its nodes keyboard targets: once at load, and again for each
  // new drawing the live preview swaps in.
  function adoptDrawing() {
    groupOf = {};
    readable = 0;
    var box = svg.viewBox.baseVal;
    width = box && box.width ? box.width : svg.getBBox().width;
    height = box && box.height ? box.height : svg.getBBox().height;
    svg.style.width = width + 'px';
    svg.style.height = height + 'px';
    var groups = svg.querySelectorAll('g.node');
    for (var i = 0; i < groups.length; i++) {
      var vertex = vertexOfSvgNode(groups[i]);
      if (vertex === null) continue;
      groupOf[vertex] = groups[i];
      var heading = document.querySelector('#detail-' + vertex + ' .node-title');
      groups[i].setAttribute('tabindex', '0');
      groups[i].setAttribute('role', 'button');
      groups[i].setAttribute('aria-label', heading ? heading.textContent : 'node ' + vertex);
      groups[i].setAttribute('data-node', vertex);
    }
    minK = Math.min(0.5, Math.min(view.clientWidth / width, view.clientHeight / height) * 0.5);
  }

  function setUpMap() {
    adoptDrawing();
    // A map that fits the frame at reading size is shown whole; a larger one opens on its thesis.
    var thesis = thesisGroup(), fitsReadable = Math.min(view.clientWidth / width, view.clientHeight / height) >= readableK();
    if (thesis && !fitsReadable) centreOn(thesis, readableK()); else fit();
  }

  function thesisGroup() {
    var article = document.querySelector('.node-detail[data-kind="thesis"]');
    return article ? groupOf[article.id.slice(7)] : null;
  }

  var pointers = {}, pinch = null, dragged = false;
  function pointerList() { return Object.keys(pointers).map(function (id) { return pointers[id]; }); }
  function spread(list) { return Math.hypot(list[0].x - list[1].x, list[0].y - list[1].y); }

  function listenToMap() {
    view.addEventListener('wheel', function (event) {
      event.preventDefault();
      var frameBox = view.getBoundingClientRect();
      var step = event.deltaMode === 1 ? 40 : event.deltaMode === 2 ? 400 : 1;
      // A trackpad pinch arrives as a wheel with ctrlKey and small deltas: zoom it faster.
      zoomAt(Math.exp(-event.deltaY * step * (event.ctrlKey ? 0.01 : 0.0025)), event.clientX - frameBox.left, event.clientY - frameBox.top);
    }, { passive: false });
    view.addEventListener('pointerdown', function (event) {
      pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
      dragged = false;
      var list = pointerList();
      pinch = list.length === 2 ? spread(list) : null;
    });
    view.addEventListener('pointermove', function (event) {
      var last = pointers[event.pointerId];
      if (!last) return;
      var now = { x: event.clientX, y: event.clientY };
      pointers[event.pointerId] = now;
      var list = pointerList();
      if (list.length === 2 && pinch) {
        var frameBox = view.getBoundingClientRect(), distance = spread(list);
        zoomAt(distance / pinch, (list[0].x + list[1].x) / 2 - frameBox.left, (list[0].y + list[1].y) / 2 - frameBox.top);
        pinch = distance;
        return;
      }
      if (!dragged && Math.hypot(now.x - last.x, now.y - last.y) < 3) { pointers[event.pointerId] = last; return; }
      if (!dragged) view.setPointerCapture(event.pointerId);
      dragged = true;
      view.classList.add('dragging');
      tx += now.x - last.x;
      ty += now.y - last.y;
      schedule();
    });
    function release(event) {
      delete pointers[event.pointerId];
      pinch = null;
      view.classList.remove('dragging');
    }
    view.addEventListener('pointerup', release);
    view.addEventListener('pointercancel', release);
    // A drag ends in a click on whatever is under the pointer: it was a pan, not a choice.
    view.addEventListener('click', function (event) {
      if (dragged) { event.stopPropagation(); event.preventDefault(); dragged = false; }
    }, true);
    view.addEventListener('keydown', function (event) {
      var moves = { ArrowLeft: [80, 0], ArrowRight: [-80, 0], ArrowUp: [0, 80], ArrowDown: [0, -80] };
      if (event.key === '+' || event.key === '=') zoomCentre(1.25);
      else if (event.key === '-') zoomCentre(0.8);
      else if (event.key === '0') fit();
      else if (moves[event.key]) { tx += moves[event.key][0]; ty += moves[event.key][1]; schedule(); }
      else if ((event.key === 'Enter' || event.key === ' ') && event.target.getAttribute('data-node')) openFromKeyboard(event.target);
      else return;
      event.preventDefault();
    });
    // Tabbing onto a node outside the frame brings it in.
    view.addEventListener('focusin', function (event) {
      var group = event.target.closest ? event.target.closest('g.node') : null;
      if (group && !visibleInView(group)) centreOn(group, 0);
    });
    document.querySelector('.map-tools .zoom').addEventListener('click', function (event) {
      var action = event.target.getAttribute('data-zoom');
      if (action === 'in') zoomCentre(1.25);
      else if (action === 'out') zoomCentre(0.8);
      else if (action === 'fit') fit();
      else if (action === 'thesis' && thesisGroup()) centreOn(thesisGroup(), readableK());
    });
  }

  // --- Details in the side panel.
  function explain(article) {
    var items = article.querySelectorAll('li[data-code]');
    for (var i = 0; i < items.length; i++) {
      if (items[i].querySelector('.explain')) continue;
      var source = document.getElementById('explain-' + items[i].getAttribute('data-code'));
      if (!source) continue;
      var text = document.createElement('p');
      text.className = 'explain';
      text.textContent = source.textContent;
      items[i].appendChild(text);
    }
  }

  function show(vertex) {
    var article = document.getElementById('detail-' + vertex);
    if (!article) return false;
    var shown = panel.querySelector('.node-detail:not([hidden])');
    if (shown) shown.hidden = true;
    explain(article);
    article.hidden = false;
    panel.querySelector('.hint').hidden = true;
    panel.classList.add('open');
    panel.scrollTop = 0;
    if (selected) selected.classList.remove('selected');
    selected = groupOf[vertex] || null;
    if (selected) selected.classList.add('selected');
    document.getElementById('show-on-map').hidden = !selected;
    panel.setAttribute('data-shown', String(vertex));
    // Other parts of the page (an essay's text) follow the node shown.
    document.dispatchEvent(new CustomEvent('warrant:node-shown', { detail: { vertex: String(vertex) } }));
    return true;
  }

  // Jumping to a node shows it readable and with some of its neighbours: zoomed in at least to
  // the readable scale, and not more than twice that.
  function open(vertex) {
    if (!show(vertex)) return;
    if (selected) centreOn(selected, readableK(), 2 * readableK());
    if (history.replaceState) history.replaceState(null, '', '#node-' + vertex);
  }

  // From the keyboard the reader goes on in the panel; Escape brings them back to the node.
  var returnTo = null;
  function openFromKeyboard(group) {
    open(group.getAttribute('data-node'));
    var heading = panel.querySelector('.node-detail:not([hidden]) h3');
    if (!heading) return;
    returnTo = group;
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }

  document.addEventListener('click', function (event) {
    var target = event.target.closest ? event.target.closest('[data-node]') : null;
    if (!target) return;
    event.preventDefault();
    open(target.getAttribute('data-node'));
  });
  document.getElementById('close-details').addEventListener('click', function () {
    var shown = panel.querySelector('.node-detail:not([hidden])');
    if (shown) shown.hidden = true;
    panel.querySelector('.hint').hidden = false;
    panel.removeAttribute('data-shown');
    document.getElementById('show-on-map').hidden = true;
    panel.classList.remove('open');
    if (selected) selected.classList.remove('selected');
    selected = null;
  });
  document.getElementById('show-on-map').addEventListener('click', function () {
    if (!selected) return;
    view.scrollIntoView({ block: 'start' });
    centreOn(selected, readableK());
    selected.focus({ preventScroll: true });
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    if (returnTo && panel.contains(document.activeElement)) { returnTo.focus(); returnTo = null; return; }
    if (panel.classList.contains('open')) document.getElementById('close-details').click();
  });

  // --- Search and filters: matches are listed (the first ones) and the rest of the map is dimmed.
  var search = document.getElementById('map-search');
  var results = document.getElementById('search-results');
  var filters = document.querySelectorAll('[data-filter]');
  var articles = panel.querySelectorAll('.node-detail');
  // What search reads: a node's title and its own texts, not the names in its chain or relations.
  function searchTexts() {
    var found = [];
    for (var i = 0; i < articles.length; i++) {
      var parts = articles[i].querySelectorAll(':scope > h3 .node-title, :scope > p, :scope > blockquote'), text = '';
      for (var p = 0; p < parts.length; p++) text += parts[p].textContent + '\n';
      found.push(text.toLowerCase());
    }
    return found;
  }
  var texts = searchTexts();
  var kShownResults = 30;

  function matches(article, index, query, wanted) {
    if (query && texts[index].indexOf(query) < 0) return false;
    for (var name in wanted) {
      var value = article.getAttribute('data-' + name) || '';
      if (name === 'status' ? (' ' + value + ' ').indexOf(' ' + wanted[name] + ' ') < 0 : value !== wanted[name]) return false;
    }
    return true;
  }

  function refine() {
    var query = search.value.trim().toLowerCase(), wanted = {}, active = !!query;
    for (var f = 0; f < filters.length; f++)
      if (filters[f].value) { wanted[filters[f].getAttribute('data-filter')] = filters[f].value; active = true; }
    results.textContent = '';
    var found = [];
    for (var a = 0; a < articles.length; a++) {
      var hit = active && matches(articles[a], a, query, wanted), vertex = articles[a].id.slice(7);
      if (hit) found.push(articles[a]);
      if (groupOf[vertex]) groupOf[vertex].classList.toggle('dimmed', active && !hit);
    }
    if (svg) svg.classList.toggle('filtering', active);
    for (var r = 0; r < found.length && r < kShownResults; r++) {
      var item = document.createElement('li'), link = document.createElement('a');
      link.href = '#node-' + found[r].id.slice(7);
      link.className = 'node-link';
      link.setAttribute('data-node', found[r].id.slice(7));
      link.textContent = found[r].querySelector('.node-title').textContent;
      item.appendChild(found[r].querySelector('.kind').cloneNode(true));
      item.appendChild(link);
      results.appendChild(item);
    }
    results.hidden = !found.length;
    document.getElementById('match-count').textContent = !active ? '' : found.length === 0 ? 'No node matches.'
      : found.length + (found.length === 1 ? ' node matches' : ' nodes match') + (found.length > kShownResults ? ', the first ' + kShownResults + ' listed.' : '.');
    return found;
  }

  search.addEventListener('input', refine);
  search.addEventListener('keydown', function (event) {
    if (event.key !== 'Enter') return;
    var found = refine();
    if (found.length) open(found[0].id.slice(7));
  });
  for (var f = 0; f < filters.length; f++) filters[f].addEventListener('change', refine);

  if (svg) { setUpMap(); listenToMap(); }

  // The live preview (report_live.js) takes the reader's place, swaps in a new version's drawing
  // and details, and gives the place back: zoom, pan, the open node (by title: a new statement
  // renumbers the nodes after it), the search and filters, the scroll.
  window.warrantReport = {
    place: function () {
      var open = panel.querySelector('.node-detail:not([hidden]) .node-title'), chosen = [];
      for (var f = 0; f < filters.length; f++) chosen.push(filters[f].value);
      return { k: k, tx: tx, ty: ty, open: open ? open.textContent : null, panelTop: panel.scrollTop,
               search: search.value, filters: chosen, x: window.scrollX, y: window.scrollY };
    },
    restore: function (place) {
      svg = view ? view.querySelector('svg') : null;
      if (svg) { adoptDrawing(); if (place.k) { k = place.k; tx = place.tx; ty = place.ty; } apply(); }
      articles = panel.querySelectorAll('.node-detail');
      texts = searchTexts();
      search.value = place.search;
      for (var f = 0; f < filters.length && f < place.filters.length; f++) filters[f].value = place.filters[f];
      refine();
      var reopened = false;
      for (var a = 0; a < articles.length && place.open !== null && !reopened; a++)
        if (articles[a].querySelector('.node-title').textContent === place.open) reopened = show(articles[a].id.slice(7));
      if (!reopened) document.getElementById('close-details').click();
      panel.scrollTop = place.panelTop;
      window.scrollTo(place.x, place.y);
    },
  };
  // The panel opens on the node the address names, else on the thesis (the map is centred on it).
  var initial = /^#node-(\d+)$/.exec(window.location.hash);
  var thesis = document.querySelector('.node-detail[data-kind="thesis"]');
  if (initial) open(initial[1]);
  else if (thesis) show(thesis.id.slice(7));
})();
