/*
 * Drag-and-drop ordering of a list: <ol data-sortable> whose items carry data-sortable-index (their position
 * on the server). Dropping an item moves it, then the form is sent with action=order:<positions in the new
 * order>, which the server applies. The Monter/Descendre buttons stay: they work with a keyboard and without
 * this script.
 */
(function () {
  "use strict";
  Array.prototype.forEach.call(document.querySelectorAll("[data-sortable]"), function (list) {
    var form = list.closest("form");
    if (!form) return;
    Array.prototype.forEach.call(document.querySelectorAll("[data-js-only]"), function (el) { el.hidden = false; });
    var dragged = null;
    var items = function () { return Array.prototype.slice.call(list.querySelectorAll("[data-sortable-index]")); };
    items().forEach(function (item) {
      item.draggable = true;
      item.addEventListener("dragstart", function (event) {
        if (event.target.closest("input, textarea, button")) { event.preventDefault(); return; }
        dragged = item;
        item.classList.add("is-dragging");
        event.dataTransfer.effectAllowed = "move";
        event.dataTransfer.setData("text/plain", item.dataset.sortableIndex);
      });
      item.addEventListener("dragend", function () {
        item.classList.remove("is-dragging");
        items().forEach(function (other) { other.classList.remove("is-drop-target"); });
      });
      item.addEventListener("dragover", function (event) {
        if (!dragged || dragged === item) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "move";
        item.classList.add("is-drop-target");
      });
      item.addEventListener("dragleave", function () { item.classList.remove("is-drop-target"); });
      item.addEventListener("drop", function (event) {
        if (!dragged || dragged === item) return;
        event.preventDefault();
        var all = items();
        var after = all.indexOf(dragged) < all.indexOf(item);
        list.insertBefore(dragged, after ? item.nextSibling : item);
        dragged = null;
        var field = document.createElement("input");
        field.type = "hidden";
        field.name = list.dataset.sortableField || "action";
        field.value = "order:" + items().map(function (el) { return el.dataset.sortableIndex; }).join(",");
        form.appendChild(field);
        form.submit();
      });
    });
  });
})();
