// Suggestions while typing in a search box (input[data-suggest]): titles from the JSON
// endpoint in a list under the box, following the ARIA combobox pattern (arrows to move,
// Enter to open, Escape to close; options are plain text, never links inside options). Without this script the form works as a plain form.
(function () {
  'use strict';
  var counter = 0;

  function setUp(input) {
    var url = input.getAttribute('data-suggest');
    var id = 'suggestions-' + (++counter);
    var list = document.createElement('ul');
    list.id = id;
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', document.documentElement.lang === 'en' ? 'Suggestions' : 'Suggestions');
    list.hidden = true;
    input.parentNode.insertBefore(list, input.nextSibling);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', id);
    var timer = null;
    var active = -1;
    var request = 0;

    function close() {
      list.hidden = true;
      list.textContent = '';
      active = -1;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
    }

    function highlight(index) {
      var options = list.querySelectorAll('[role="option"]');
      if (!options.length) { return; }
      active = (index + options.length) % options.length;
      for (var i = 0; i < options.length; i++) {
        options[i].setAttribute('aria-selected', i === active ? 'true' : 'false');
      }
      input.setAttribute('aria-activedescendant', options[active].id);
    }

    function show(items) {
      close();
      if (!items.length) { return; }
      items.forEach(function (item, index) {
        // An option is not a link (ARIA: no interactive element inside an option); the
        // address it leads to is data, followed on a click or on Enter.
        var option = document.createElement('li');
        option.id = id + '-' + index;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.setAttribute('data-href', item.path);
        option.textContent = item.title;
        option.addEventListener('mousedown', function (event) {
          // keeps the focus in the box until the click
          event.preventDefault();
        });
        option.addEventListener('click', function () {
          window.location.href = item.path;
        });
        list.appendChild(option);
      });
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }

    function fetchSuggestions() {
      var text = input.value.trim();
      if (text.length < 2) { close(); return; }
      var mine = ++request;
      fetch(url + '?q=' + encodeURIComponent(text), { headers: { 'Accept': 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (items) { if (mine === request) { show(items); } })
        .catch(function () { close(); });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(fetchSuggestions, 200);
    });
    input.addEventListener('keydown', function (event) {
      if (list.hidden) { return; }
      if (event.key === 'ArrowDown') { event.preventDefault(); highlight(active + 1); }
      else if (event.key === 'ArrowUp') { event.preventDefault(); highlight(active - 1); }
      else if (event.key === 'Escape') { close(); }
      else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        var option = list.querySelectorAll('[role="option"]')[active];
        if (option) { window.location.href = option.getAttribute('data-href'); }
      }
    });
    input.addEventListener('blur', function () { setTimeout(close, 150); });
  }

  document.querySelectorAll('input[data-suggest]').forEach(setUp);
}());
