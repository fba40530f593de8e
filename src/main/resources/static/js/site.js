/*
 * Progressive enhancements of the public site. Without this file every page works: the ticker is a plain
 * list. With it, the ticker scrolls, with a pause/play button reachable from the keyboard (WCAG 2.2.2), and
 * stays still for visitors who ask for reduced motion.
 */
(function () {
  "use strict";

  function initTicker(ticker) {
    var viewport = ticker.querySelector(".ticker__viewport");
    var list = ticker.querySelector(".ticker__list");
    var button = ticker.querySelector(".ticker__toggle");
    if (!viewport || !list || !button) return;
    var reduced = window.matchMedia("(prefers-reduced-motion: reduce)");
    if (reduced.matches) return;

    // A second, hidden copy makes the loop seamless; screen readers only read the first.
    var copy = list.cloneNode(true);
    copy.setAttribute("aria-hidden", "true");
    copy.classList.add("ticker__list--copy");
    Array.prototype.forEach.call(copy.querySelectorAll("a"), function (a) { a.setAttribute("tabindex", "-1"); });
    viewport.appendChild(copy);

    // About 60 pixels a second, whatever the number of items.
    var seconds = Math.max(20, Math.round(list.scrollWidth / 60));
    ticker.style.setProperty("--ticker-duration", seconds + "s");
    ticker.classList.add("ticker--animated");
    button.hidden = false;

    var text = button.querySelector(".ticker__toggle-text");
    function setPaused(paused) {
      ticker.classList.toggle("ticker--paused", paused);
      text.textContent = paused ? button.dataset.labelPlay : button.dataset.labelPause;
    }
    button.addEventListener("click", function () {
      setPaused(!ticker.classList.contains("ticker--paused"));
    });
    reduced.addEventListener && reduced.addEventListener("change", function (e) {
      if (e.matches) setPaused(true);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    Array.prototype.forEach.call(document.querySelectorAll("[data-ticker]"), initTicker);
  });
})();
