/* Back-office enhancements. Every page works without this file. */
(function () {
  "use strict";
  // Asks before an irreversible action: <button data-confirm="Supprimer ce flash info ?">
  document.addEventListener("submit", function (event) {
    var button = event.submitter;
    var message = (button && button.dataset.confirm) || event.target.dataset.confirm;
    if (message && !window.confirm(message)) event.preventDefault();
  });
})();

/* Live preview: <input data-preview-source="label"> updates <span data-preview="label">. */
(function () {
  "use strict";
  document.addEventListener("input", function (event) {
    var name = event.target.dataset && event.target.dataset.previewSource;
    if (!name) return;
    Array.prototype.forEach.call(document.querySelectorAll('[data-preview="' + name + '"]'), function (el) {
      el.textContent = event.target.value;
    });
  });
})();

// While an edition of the newsletter is being sent, its figures follow by themselves: every five seconds the
// page is fetched again and its progress section swapped in; once the sending is over, the page reloads
// (new status, final figures). Without JavaScript, reloading by hand shows the same.
(function () {
  'use strict';
  var section = document.querySelector('.newsletter-progress[data-live="true"]');
  if (!section || !window.fetch || !window.DOMParser) { return; }
  function refresh() {
    fetch(window.location.href, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('.newsletter-progress');
        if (!fresh || fresh.getAttribute('data-live') !== 'true') { window.location.reload(); return; }
        section.innerHTML = fresh.innerHTML;
        setTimeout(refresh, 5000);
      })
      .catch(function () { setTimeout(refresh, 15000); });
  }
  setTimeout(refresh, 5000);
}());

// On a phone the menu folds behind a « Menu » button (the CSS shows the button only on narrow screens, and
// a folded menu only there); without this script the menu is simply shown.
(function () {
  "use strict";
  var nav = document.querySelector(".admin-nav");
  var list = nav && nav.querySelector("ul");
  if (!list || !list.children.length) return;
  var button = document.createElement("button");
  button.type = "button";
  button.className = "admin-nav__toggle";
  button.textContent = nav.dataset.menuLabel || "Menu";
  button.setAttribute("aria-controls", list.id);
  button.setAttribute("aria-expanded", "false");
  nav.classList.add("admin-nav--collapsed");
  button.addEventListener("click", function () {
    var open = nav.classList.toggle("admin-nav--collapsed") === false;
    button.setAttribute("aria-expanded", open ? "true" : "false");
  });
  nav.insertBefore(button, list);
}());

// Tables read as one card per row on a phone (admin.css): each cell is given its column's heading to show.
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll(".admin-main table"), function (table) {
    var headings = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) {
      return th.textContent.trim();
    });
    Array.prototype.forEach.call(table.querySelectorAll("tbody tr"), function (row) {
      Array.prototype.forEach.call(row.children, function (cell, index) {
        if (cell.tagName === "TD" && !cell.hasAttribute("data-label") && headings[index] && index > 0) {
          cell.setAttribute("data-label", headings[index]);
        }
      });
    });
  });
}());
