/*
 * Media processing status without reloading: every element [data-media-status="<id>"] stands for an item being
 * processed in the background. This script asks /admin/medias/statut?ids=… (a small JSON answer) every few seconds,
 * writes the outcome in place — ready, or refused with its reason and a link to retry or delete it — and stops
 * once nothing is left processing. The upload script hands it the lines of the files it has just sent
 * (window.mediaStatus.watch), so a refusal shows where the upload happened. Without JavaScript, each such element
 * carries a plain "Actualiser" link.
 */
(function () {
  'use strict';
  if (!window.fetch || !document.querySelectorAll) {
    return;
  }
  var url = '/admin/medias/statut';
  var watched = {};
  var timer = null;
  var delay = 1000;

  function schedule() {
    if (!timer && Object.keys(watched).length) {
      timer = window.setTimeout(poll, delay);
    }
  }

  function watch(id, element) {
    element.setAttribute('aria-live', 'polite');
    (watched[id] = watched[id] || []).push(element);
    delay = 1000;
    schedule();
  }

  function show(element, item) {
    var ok = item.status === 'READY';
    element.textContent = item.message + ' ';
    var link = document.createElement('a');
    link.href = item.edit;
    link.textContent = '→';
    link.setAttribute('aria-label', item.message);
    element.appendChild(link);
    var line = element.closest('li') || element;
    line.classList.remove('media-upload__accepted', 'media-upload__refused');
    line.classList.add(ok ? 'media-upload__accepted' : 'media-upload__refused');
    element.setAttribute('data-media-done', item.status);
  }

  function poll() {
    timer = null;
    var ids = Object.keys(watched);
    if (!ids.length) {
      return;
    }
    window.fetch(url + '?ids=' + ids.join(','), { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('status ' + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        var seen = {};
        data.items.forEach(function (item) {
          seen[item.id] = true;
          if (item.done) {
            (watched[item.id] || []).forEach(function (element) { show(element, item); });
            delete watched[item.id];
          }
        });
        ids.forEach(function (id) {
          if (!seen[id]) {
            delete watched[id];
          }
        });
        delay = Math.min(Math.round(delay * 1.3), 10000);
        schedule();
      })
      .catch(function () {
        delay = Math.min(delay * 2, 30000);
        schedule();
      });
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-media-status]'), function (element) {
    watch(element.getAttribute('data-media-status'), element);
  });
  window.mediaStatus = { watch: watch };
})();
