// While the search index is being rebuilt, asks for its progress every two seconds and
// shows it; reloads the page once the rebuild is over. Without JavaScript, reloading the
// page by hand shows the same.
(function () {
  'use strict';
  var box = document.querySelector('.search-rebuild[data-state-url]');
  if (!box || box.getAttribute('data-state') !== 'RUNNING') { return; }
  var url = box.getAttribute('data-state-url');
  var bar = box.querySelector('progress');
  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (response) { return response.json(); })
      .then(function (state) {
        if (bar) { bar.value = state.percent; bar.textContent = state.percent + ' %'; }
        if (state.state !== 'RUNNING') { window.location.reload(); }
        else { setTimeout(poll, 2000); }
      })
      .catch(function () { setTimeout(poll, 5000); });
  }
  setTimeout(poll, 1000);
}());
