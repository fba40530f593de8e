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
