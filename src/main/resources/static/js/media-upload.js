/*
 * Media library upload: drag and drop onto the file field's area, and one request per file with a progress
 * line each (XMLHttpRequest, for its upload progress events). Without this script the plain form posts
 * every file at once and the page comes back with one line per file. Images still being processed are then
 * followed by media-status.js, which writes their outcome (ready, or refused and why) on the same line.
 */
(function () {
  'use strict';
  var form = document.querySelector('form[data-upload]');
  if (!form || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  var input = form.querySelector('input[type=file]');
  var drop = form.querySelector('[data-drop]');
  var list = form.querySelector('[data-progress]');
  var maxBytes = parseInt(form.getAttribute('data-max-bytes'), 10);
  var token = form.querySelector('input[type=hidden]');

  function line(name) {
    var item = document.createElement('li');
    var label = document.createElement('span');
    label.textContent = name;
    var progress = document.createElement('progress');
    progress.max = 100;
    progress.value = 0;
    progress.setAttribute('aria-label', name);
    var status = document.createElement('span');
    status.className = 'media-upload__status';
    item.appendChild(label);
    item.appendChild(document.createTextNode(' '));
    item.appendChild(progress);
    item.appendChild(document.createTextNode(' '));
    item.appendChild(status);
    list.appendChild(item);
    return { item: item, progress: progress, status: status };
  }

  function send(file) {
    var row = line(file.name);
    if (file.size > maxBytes) {
      row.progress.remove();
      row.status.textContent = form.getAttribute('data-too-large').replace('{0}', file.name);
      row.item.className = 'media-upload__refused';
      return Promise.resolve();
    }
    row.status.textContent = form.getAttribute('data-sending');
    return new Promise(function (resolve) {
      var data = new FormData();
      data.append(token.name, token.value);
      data.append('files', file, file.name);
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.getAttribute('action'));
      xhr.setRequestHeader('Accept', 'application/json');
      xhr.upload.addEventListener('progress', function (event) {
        if (event.lengthComputable) {
          row.progress.value = Math.round(event.loaded * 100 / event.total);
        }
      });
      xhr.addEventListener('load', function () {
        row.progress.value = 100;
        try {
          var result = JSON.parse(xhr.responseText).results[0];
          row.status.textContent = result.message;
          row.item.className = result.ok ? 'media-upload__accepted' : 'media-upload__refused';
          if (result.ok && result.edit) {
            var link = document.createElement('a');
            link.href = result.edit;
            link.textContent = ' →';
            link.setAttribute('aria-label', result.message);
            row.status.appendChild(link);
          }
          if (result.ok && result.status === 'PROCESSING' && window.mediaStatus) {
            // the background processing may still refuse it: say so on this line
            window.mediaStatus.watch(String(result.id), row.status);
          }
        } catch (e) {
          row.status.textContent = form.getAttribute('data-failed');
          row.item.className = 'media-upload__refused';
        }
        resolve();
      });
      xhr.addEventListener('error', function () {
        row.status.textContent = form.getAttribute('data-failed');
        row.item.className = 'media-upload__refused';
        resolve();
      });
      xhr.send(data);
    });
  }

  function sendAll(files) {
    var chain = Promise.resolve();
    Array.prototype.forEach.call(files, function (file) {
      chain = chain.then(function () { return send(file); });
    });
    return chain;
  }

  form.addEventListener('submit', function (event) {
    if (!input.files || input.files.length === 0) {
      return;
    }
    event.preventDefault();
    var files = Array.prototype.slice.call(input.files);
    input.value = '';
    sendAll(files);
  });

  ['dragenter', 'dragover'].forEach(function (type) {
    drop.addEventListener(type, function (event) {
      event.preventDefault();
      drop.classList.add('media-upload__drop--over');
    });
  });
  ['dragleave', 'drop'].forEach(function (type) {
    drop.addEventListener(type, function (event) {
      event.preventDefault();
      drop.classList.remove('media-upload__drop--over');
    });
  });
  drop.addEventListener('drop', function (event) {
    if (event.dataTransfer && event.dataTransfer.files.length) {
      sendAll(event.dataTransfer.files);
    }
  });
})();
