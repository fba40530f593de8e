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
