// warrant's live report (`warrant watch`): only in pages that follow a map as it is saved. The
// settings come from <script id="warrant-live">: served pages ("events") hear of each new
// version through server-sent events and swap the new drawing, findings and details in place;
// file pages ("poll") load the version script beside them every few seconds and reload only when
// the version is not theirs. Either way report.js's warrantReport.place()/restore() keep the
// reader's zoom, pan, scroll, open node and search; nothing happens when nothing changed.
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('warrant-live').textContent);
  var report = window.warrantReport;
  var placeKey = 'warrant-place:' + location.pathname;
  // What the tests read: the version shown, and how many new versions were swapped in.
  var live = window.warrantLive = { version: config.version, swaps: 0 };

  function reloadKeepingPlace() {
    if (report) sessionStorage.setItem(placeKey, JSON.stringify(report.place()));
    location.reload();
  }

  // After a reload the reader finds the page as they left it (the browser's own scroll
  // restoration would put back a position from before the content changed).
  if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
  var saved = sessionStorage.getItem(placeKey);
  if (saved && report) {
    sessionStorage.removeItem(placeKey);
    try { report.restore(JSON.parse(saved)); } catch (error) { /* an old place that no longer fits: start afresh */ }
  }

  function replaceWithNew(next, selector) {
    var old = document.querySelector(selector), fresh = next.querySelector(selector);
    if (old && fresh) old.replaceWith(document.importNode(fresh, true));
    return !!old === !!fresh;
  }

  // Puts the new version's content into this page, leaving the tools (search, filters, zoom
  // buttons) and the panel's frame where they are. False when the page's shape changed (the
  // drawing came or went): then only a reload shows it.
  function swapIn(next) {
    var view = document.getElementById('map-view'), nextView = next.getElementById('map-view');
    if (!report || !!view !== !!nextView) return false;
    var place = report.place();
    if (view) view.replaceChild(document.importNode(nextView.querySelector('svg'), true), view.querySelector('svg'));
    var sameShape = replaceWithNew(next, 'header') && replaceWithNew(next, '.print-map');
    var nodeList = document.querySelector('details.all-nodes'), wasOpen = nodeList && nodeList.open;
    sameShape = replaceWithNew(next, 'details.all-nodes') && sameShape;
    if (wasOpen) document.querySelector('details.all-nodes').open = true;
    var sections = document.querySelectorAll('main > section[id]');
    sameShape = sections.length === next.querySelectorAll('main > section[id]').length && sameShape;
    for (var i = 0; i < sections.length; i++)
      if (sections[i].id !== 'map') sameShape = replaceWithNew(next, 'main > section#' + sections[i].id) && sameShape;
    var details = document.querySelector('#details > [aria-live]'), nextDetails = next.querySelector('#details > [aria-live]');
    details.innerHTML = nextDetails ? nextDetails.innerHTML : '';
    document.title = next.title;
    report.restore(place);
    return sameShape;
  }

  var busy = false, again = false;
  function update() {
    if (busy) { again = true; return; }
    busy = true;
    fetch(location.pathname + location.search, { cache: 'no-store' })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(new Error(response.status)); })
      .then(function (text) {
        var next = new DOMParser().parseFromString(text, 'text/html');
        var settings = next.getElementById('warrant-live');
        var version = settings ? JSON.parse(settings.textContent).version : '';
        if (version === live.version) return;
        if (!swapIn(next)) { reloadKeepingPlace(); return; }
        live.version = version;
        live.swaps++;
      })
      .catch(function () { /* the server stopped: the page stays as it is */ })
      .then(function () {
        busy = false;
        if (again) { again = false; update(); }
      });
  }

  // The server is gone for good once its stream breaks (a new `warrant watch` has a new address):
  // the page says so instead of knocking again.
  function sayStopped() {
    var note = document.createElement('p');
    note.id = 'live-stopped';
    note.setAttribute('role', 'status');
    note.textContent = 'warrant watch has stopped: this page no longer follows the map.';
    note.style.cssText = 'position:fixed;left:1em;bottom:1em;margin:0;padding:.5em 1em;background:#fff3cd;color:#222;' +
                         'border:1px solid #a07800;border-radius:4px;z-index:10';
    document.body.appendChild(note);
  }

  if (config.mode === 'events') {
    var events = new EventSource('/events' + location.search);
    events.addEventListener('version', function (event) { if (event.data !== live.version) update(); });
    events.addEventListener('error', function () { events.close(); sayStopped(); });
  } else if (config.mode === 'poll') {
    window.warrantLiveVersion = function (version) { if (version !== live.version) reloadKeepingPlace(); };
    setInterval(function () {
      var script = document.createElement('script');
      script.src = encodeURI(config.poll) + '?' + Date.now();
      script.onload = script.onerror = function () { script.remove(); };
      document.head.appendChild(script);
    }, config.seconds * 1000);
  }
})();
