/*
 * Progressive enhancements of the public site. Without this file every page works: the ticker is a compact
 * strip that the reader scrolls (or swipes) through. With it, the ticker moves by itself, with a pause/play
 * button reachable from the keyboard (WCAG 2.2.2) whose choice is remembered from page to page, and stays
 * still for visitors who ask for reduced motion. Nothing here changes the ticker's size: the stylesheet
 * gives it the same box before and after this script (no layout shift on a slow phone).
 */
(function () {
  "use strict";

  var PAUSED_KEY = "portal.ticker.paused";

  function remembered() {
    try { return window.localStorage.getItem(PAUSED_KEY) === "1"; } catch (e) { return false; }
  }

  function remember(paused) {
    try {
      if (paused) { window.localStorage.setItem(PAUSED_KEY, "1"); } else { window.localStorage.removeItem(PAUSED_KEY); }
    } catch (e) { /* storage refused (private mode): the choice lasts for this page only */ }
  }

  function initTicker(ticker) {
    var viewport = ticker.querySelector(".ticker__viewport");
    var list = ticker.querySelector(".ticker__list");
    var button = ticker.querySelector(".ticker__toggle");
    if (!viewport || !list || !button) return;
    var reduced = window.matchMedia("(prefers-reduced-motion: reduce)");
    if (reduced.matches) return;
    var phone = window.matchMedia("(max-width: 40rem)").matches;
    var text = button.querySelector(".ticker__toggle-text");
    var items = list.querySelectorAll(".ticker__item");
    var timer = null;
    var current = 0;

    function paused() { return ticker.classList.contains("ticker--paused"); }

    function setPaused(value) {
      ticker.classList.toggle("ticker--paused", value);
      text.textContent = value ? button.dataset.labelPlay : button.dataset.labelPause;
    }

    if (phone) {
      // One item at a time: the next one slides in every six seconds, unless paused, hovered or focused.
      var advance = function () {
        if (paused() || ticker.matches(":hover") || ticker.contains(document.activeElement) || items.length < 2) return;
        current = (Math.round(viewport.scrollLeft / viewport.clientWidth) + 1) % items.length;
        viewport.scrollTo({ left: current * viewport.clientWidth, behavior: "smooth" });
      };
      timer = window.setInterval(advance, 6000);
    } else {
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
      // A focused link stops the line and shows the list whole (stylesheet); once focus leaves, the line
      // starts again from its beginning.
      viewport.addEventListener("focusout", function (event) {
        if (!viewport.contains(event.relatedTarget)) viewport.scrollLeft = 0;
      });
    }
    ticker.classList.add("ticker--ready");
    setPaused(remembered());
    button.hidden = false;

    button.addEventListener("click", function () {
      var value = !paused();
      setPaused(value);
      remember(value);
    });
    if (reduced.addEventListener) {
      reduced.addEventListener("change", function (e) {
        if (e.matches) {
          setPaused(true);
          if (timer) window.clearInterval(timer);
        }
      });
    }
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-ticker]:not(.ticker--ready)"), initTicker);
  }
  // Deferred, so normally run before DOMContentLoaded; also when it comes late (or is added afterwards).
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
