/*
 * The article editor: turns <textarea data-rich-editor> into a small word-processor-like area with a toolbar.
 * Progressive enhancement: the textarea stays the submitted field (kept in sync), and without this script the
 * form still works with plain HTML in it. What is pasted is cleaned here to an allow-list so the writer sees
 * what will be kept; the server sanitises again whatever arrives.
 */
(function () {
  "use strict";

  // The allow-list, mirroring what articles use (the server's list is the authority).
  var ALLOWED = { P: 1, H2: 1, H3: 1, STRONG: 1, EM: 1, UL: 1, OL: 1, LI: 1, BLOCKQUOTE: 1, A: 1, BR: 1,
    FIGURE: 1, FIGCAPTION: 1 };
  // Images only from the portal's media library, with their text alternative (media-insert below).
  var LIBRARY_IMAGE = /^\/media\/[0-9a-f]{24}-[0-9]{2,5}\.(jpg|webp)$/;
  var FIGURE_ALIGN = /^figure--(left|center|right)$/;
  var RENAMED = { B: "STRONG", I: "EM", H1: "H2", H4: "H3", H5: "H3", H6: "H3" };
  // Dropped with everything inside them.
  var DROPPED = { SCRIPT: 1, STYLE: 1, META: 1, LINK: 1, TITLE: 1, HEAD: 1, TEMPLATE: 1, IFRAME: 1, OBJECT: 1,
    EMBED: 1, SVG: 1, MATH: 1, CANVAS: 1, NOSCRIPT: 1, XML: 1, IMG: 1, VIDEO: 1, AUDIO: 1, FORM: 1, INPUT: 1,
    BUTTON: 1, SELECT: 1, TEXTAREA: 1 };
  // Containers whose content becomes a paragraph of its own rather than running into the next one.
  var PARAGRAPH_LIKE = { DIV: 1, SECTION: 1, ARTICLE: 1, HEADER: 1, FOOTER: 1, TD: 1, TH: 1, DD: 1, DT: 1,
    ADDRESS: 1, PRE: 1 };
  var BLOCKS = { P: 1, H2: 1, H3: 1, UL: 1, OL: 1, BLOCKQUOTE: 1, FIGURE: 1 };

  function safeHref(value) {
    var href = (value || "").trim();
    return /^(https?:\/\/[^\s]+|mailto:[^\s]+|\/(?!\/)[^\s]*|#[^\s]*)$/i.test(href) ? href : null;
  }

  function isBlank(node) {
    if (node.nodeType === 1 && (node.tagName === "IMG" || node.querySelector("img"))) return false; // a picture
    return !node.textContent.replace(/[\s\u00a0\u200b]/g, "");
  }

  /** Copies the allowed part of source's children into target (both in the page's document). */
  function copyChildren(source, target) {
    for (var child = source.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        target.appendChild(document.createTextNode(child.nodeValue));
      } else if (child.nodeType === 1) {
        copyElement(child, target);
      }
    }
  }

  function copyElement(element, target) {
    var tag = element.tagName.toUpperCase();
    if (tag.indexOf(":") > 0) { // Word's <o:p>, <v:shape>…: keep their text only
      copyChildren(element, target);
      return;
    }
    tag = RENAMED[tag] || tag;
    if (tag === "IMG") {
      var src = element.getAttribute("src") || "";
      var alt = (element.getAttribute("alt") || "").trim();
      if (LIBRARY_IMAGE.test(src) && alt) {
        var image = document.createElement("img");
        image.setAttribute("src", src);
        image.setAttribute("alt", alt);
        ["width", "height"].forEach(function (name) {
          if (/^[0-9]{1,5}$/.test(element.getAttribute(name) || "")) image.setAttribute(name, element.getAttribute(name));
        });
        target.appendChild(image);
      }
      return;
    }
    if (DROPPED[tag]) return;
    if (ALLOWED[tag]) {
      if (tag === "A") {
        var href = safeHref(element.getAttribute("href"));
        if (!href) { copyChildren(element, target); return; }
        var link = document.createElement("a");
        link.setAttribute("href", href);
        copyChildren(element, link);
        target.appendChild(link);
        return;
      }
      var copy = document.createElement(tag); // a fresh element: no attribute, class or style survives
      // …except an inserted image's alignment, one of three known classes (the server keeps the same)
      if (tag === "FIGURE" && FIGURE_ALIGN.test(element.getAttribute("class") || "")) {
        copy.setAttribute("class", element.getAttribute("class"));
      }
      copyChildren(element, copy);
      target.appendChild(copy);
      return;
    }
    if (PARAGRAPH_LIKE[tag] && !element.querySelector("p,h1,h2,h3,h4,h5,h6,ul,ol,blockquote,div,table")) {
      var paragraph = document.createElement("p");
      copyChildren(element, paragraph);
      target.appendChild(paragraph);
      return;
    }
    copyChildren(element, target); // span, font, table, section…: unwrapped
  }

  /** Wraps loose text and inline elements at the top level in paragraphs; drops empty blocks. */
  function normalise(fragment) {
    var result = document.createDocumentFragment();
    var paragraph = null;
    while (fragment.firstChild) {
      var node = fragment.firstChild;
      if (node.nodeType === 1 && BLOCKS[node.tagName]) {
        paragraph = null;
        if (node.tagName === "UL" || node.tagName === "OL" || !isBlank(node)) result.appendChild(node);
        else fragment.removeChild(node);
      } else if (node.nodeType === 1 && node.tagName === "LI") { // a stray list item
        paragraph = null;
        var p = document.createElement("p");
        while (node.firstChild) p.appendChild(node.firstChild);
        fragment.removeChild(node);
        result.appendChild(p);
      } else {
        if (!paragraph) {
          paragraph = document.createElement("p");
          result.appendChild(paragraph);
        }
        paragraph.appendChild(node);
      }
    }
    Array.prototype.slice.call(result.childNodes).forEach(function (node) {
      if (node.tagName === "P" && isBlank(node)) result.removeChild(node);
    });
    return result;
  }

  /** Cleans pasted (or initial) HTML to the allow-list; returns an HTML string. */
  function clean(html) {
    var doc = new DOMParser().parseFromString(html, "text/html"); // inert: nothing runs, nothing loads
    // Word's fake lists: the bullet or number is a span marked mso-list:Ignore; without it, the item is a paragraph.
    Array.prototype.slice.call(doc.querySelectorAll("[style]")).forEach(function (element) {
      if (/mso-list\s*:\s*ignore/i.test(element.getAttribute("style"))) element.remove();
    });
    var fragment = document.createDocumentFragment();
    copyChildren(doc.body, fragment);
    var container = document.createElement("div");
    container.appendChild(normalise(fragment));
    return container.innerHTML;
  }

  function escapeText(text) {
    var div = document.createElement("div");
    div.textContent = text;
    return div.innerHTML;
  }

  function plainToHtml(text) {
    return text.split(/\r?\n\s*\r?\n/).filter(function (part) { return part.trim(); }).map(function (part) {
      return "<p>" + escapeText(part.trim()).replace(/\r?\n/g, "<br>") + "</p>";
    }).join("");
  }

  var BUTTONS = [
    { name: "h2", block: "h2", keys: "Control+Alt+2" },
    { name: "h3", block: "h3", keys: "Control+Alt+3" },
    { name: "bold", command: "bold", keys: "Control+B" },
    { name: "italic", command: "italic", keys: "Control+I" },
    { name: "ul", command: "insertUnorderedList", keys: "Control+Shift+8" },
    { name: "ol", command: "insertOrderedList", keys: "Control+Shift+7" },
    { name: "quote", block: "blockquote", keys: "Control+Shift+9" },
    { name: "link", link: true, keys: "Control+K" },
    { name: "unlink", command: "unlink", stateless: true },
    { name: "undo", command: "undo", stateless: true, keys: "Control+Z" },
    { name: "redo", command: "redo", stateless: true, keys: "Control+Y" }
  ];

  function enhance(textarea) {
    var labels = textarea.dataset;
    var wrapper = document.createElement("div");
    wrapper.className = "rich-editor";
    var toolbar = document.createElement("div");
    toolbar.className = "rich-editor__toolbar";
    toolbar.setAttribute("role", "toolbar");
    toolbar.setAttribute("aria-label", labels.labelToolbar || "");
    var area = document.createElement("div");
    area.className = "rich-editor__area prose";
    area.id = textarea.id + "-editor";
    area.setAttribute("role", "textbox");
    area.setAttribute("aria-multiline", "true");
    var label = document.querySelector("label[for='" + textarea.id + "']");
    if (label) {
      label.id = label.id || textarea.id + "-label";
      area.setAttribute("aria-labelledby", label.id);
      label.addEventListener("click", function () { area.focus(); });
    }
    if (textarea.getAttribute("aria-describedby")) area.setAttribute("aria-describedby", textarea.getAttribute("aria-describedby"));
    if (textarea.getAttribute("aria-invalid")) area.setAttribute("aria-invalid", textarea.getAttribute("aria-invalid"));
    toolbar.setAttribute("aria-controls", area.id);
    area.innerHTML = clean(textarea.value) || "<p><br></p>";

    var readOnly = textarea.disabled || textarea.matches(":disabled");
    area.contentEditable = readOnly ? "false" : "true";
    if (readOnly) area.setAttribute("aria-readonly", "true");

    function sync() { textarea.value = area.innerHTML; }
    function exec(command, value) {
      area.focus();
      document.execCommand(command, false, value === undefined ? null : value);
      sync();
      updateState();
    }
    function currentBlock() {
      return (document.queryCommandValue("formatBlock") || "").toLowerCase();
    }
    function selectionLink() {
      var selection = window.getSelection();
      var node = selection && selection.anchorNode;
      while (node && node !== area) {
        if (node.nodeType === 1 && node.tagName === "A") return node;
        node = node.parentNode;
      }
      return null;
    }
    function run(button) {
      if (button.block) {
        exec("formatBlock", currentBlock() === button.block ? "<p>" : "<" + button.block + ">");
      } else if (button.link) {
        var existing = selectionLink();
        var answer = window.prompt(labels.promptLink || "URL", existing ? existing.getAttribute("href") : "https://");
        if (answer === null) return;
        var href = safeHref(answer);
        if (!href) { window.alert(labels.invalidLink || ""); return; }
        var selection = window.getSelection();
        if (selection && selection.isCollapsed && !existing) {
          exec("insertHTML", "<a href=\"" + escapeText(href).replace(/"/g, "&quot;") + "\">" + escapeText(href) + "</a>");
        } else {
          exec("createLink", href);
        }
      } else {
        exec(button.command);
      }
    }

    var buttons = BUTTONS.map(function (spec, index) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "rich-editor__button rich-editor__button--" + spec.name;
      button.textContent = labels["label" + spec.name.charAt(0).toUpperCase() + spec.name.slice(1)] || spec.name;
      if (spec.keys) {
        button.setAttribute("aria-keyshortcuts", spec.keys);
        button.title = button.textContent + " (" + spec.keys.replace("Control", "Ctrl") + ")";
      }
      if (!spec.stateless) button.setAttribute("aria-pressed", "false");
      button.tabIndex = index === 0 ? 0 : -1; // one tab stop; arrows move inside the toolbar
      button.disabled = readOnly;
      button.addEventListener("mousedown", function (event) { event.preventDefault(); }); // keep the selection
      button.addEventListener("click", function () { run(spec); });
      toolbar.appendChild(button);
      return { spec: spec, element: button };
    });

    toolbar.addEventListener("keydown", function (event) {
      var list = buttons.map(function (b) { return b.element; });
      var at = list.indexOf(document.activeElement);
      var next = null;
      if (event.key === "ArrowRight") next = list[(at + 1) % list.length];
      else if (event.key === "ArrowLeft") next = list[(at - 1 + list.length) % list.length];
      else if (event.key === "Home") next = list[0];
      else if (event.key === "End") next = list[list.length - 1];
      if (next) {
        event.preventDefault();
        list.forEach(function (b) { b.tabIndex = -1; });
        next.tabIndex = 0;
        next.focus();
      }
    });

    function updateState() {
      if (!area.contains(document.getSelection() && document.getSelection().anchorNode)) return;
      var block = currentBlock();
      buttons.forEach(function (b) {
        if (b.spec.stateless) return;
        var pressed;
        if (b.spec.block) pressed = block === b.spec.block;
        else if (b.spec.link) pressed = !!selectionLink();
        else pressed = document.queryCommandState(b.spec.command);
        b.element.setAttribute("aria-pressed", pressed ? "true" : "false");
      });
    }

    area.addEventListener("keydown", function (event) {
      if (!(event.ctrlKey || event.metaKey)) return;
      var key = event.key.toLowerCase();
      var spec = null;
      if (key === "k") spec = BUTTONS[7];
      else if (event.altKey && (key === "2" || event.code === "Digit2")) spec = BUTTONS[0];
      else if (event.altKey && (key === "3" || event.code === "Digit3")) spec = BUTTONS[1];
      else if (event.shiftKey && event.code === "Digit8") spec = BUTTONS[4];
      else if (event.shiftKey && event.code === "Digit7") spec = BUTTONS[5];
      else if (event.shiftKey && event.code === "Digit9") spec = BUTTONS[6];
      if (spec) {
        event.preventDefault();
        run(spec);
      }
      // Ctrl+B, Ctrl+I, Ctrl+Z, Ctrl+Y are the browser's own in an editable area
    });
    area.addEventListener("paste", function (event) {
      var data = event.clipboardData;
      if (!data) return;
      event.preventDefault();
      var html = data.getData("text/html");
      var cleaned = html ? clean(html) : plainToHtml(data.getData("text/plain"));
      if (cleaned) exec("insertHTML", cleaned);
    });
    area.addEventListener("drop", function (event) {
      var data = event.dataTransfer;
      if (data && (data.getData("text/html") || data.getData("text/plain"))) {
        event.preventDefault();
        var html = data.getData("text/html");
        exec("insertHTML", html ? clean(html) : plainToHtml(data.getData("text/plain")));
      }
    });
    area.addEventListener("input", sync);
    area.addEventListener("keyup", updateState);
    area.addEventListener("mouseup", updateState);
    document.addEventListener("selectionchange", updateState);
    if (textarea.form) textarea.form.addEventListener("submit", sync);

    // "Insérer une image" / "Insérer un document": the media picker (below) inserts at the caret.
    var inserts = document.querySelector("[data-media-insert='" + textarea.id + "']");
    if (inserts && !readOnly) {
      inserts.hidden = false;
      var savedRange = null;
      area.addEventListener("blur", function () {
        var selection = window.getSelection();
        if (selection && selection.rangeCount && area.contains(selection.anchorNode)) savedRange = selection.getRangeAt(0);
      });
      textarea.insertChoice = function (choice) {
        area.focus();
        if (savedRange) {
          var selection = window.getSelection();
          selection.removeAllRanges();
          selection.addRange(savedRange);
        }
        if (choice.kind === "document") {
          var selected = window.getSelection();
          if (selected && !selected.isCollapsed && area.contains(selected.anchorNode)) {
            exec("createLink", choice.href);
          } else {
            var link = document.createElement("a");
            link.setAttribute("href", choice.href);
            link.textContent = choice.label;
            exec("insertHTML", link.outerHTML + " ");
          }
          return;
        }
        var figure = document.createElement("figure");
        if (choice.align) figure.className = "figure--" + choice.align;
        var image = document.createElement("img");
        image.setAttribute("src", choice.src);
        image.setAttribute("alt", choice.label);
        image.setAttribute("width", choice.width);
        image.setAttribute("height", choice.height);
        figure.appendChild(image);
        if (choice.caption) {
          var caption = document.createElement("figcaption");
          caption.textContent = choice.caption;
          figure.appendChild(caption);
        }
        exec("insertHTML", figure.outerHTML + "<p><br></p>");
      };
    }

    wrapper.appendChild(toolbar);
    wrapper.appendChild(area);
    textarea.parentNode.insertBefore(wrapper, textarea);
    textarea.hidden = true; // still submitted: it carries the editor's HTML
  }

  try {
    document.execCommand("defaultParagraphSeparator", false, "p"); // Enter makes <p>, not <div>
    document.execCommand("styleWithCSS", false, false); // <strong>/<em>, never style attributes
  } catch (ignored) { /* older browsers: the server's clean-up still applies */ }
  Array.prototype.forEach.call(document.querySelectorAll("textarea[data-rich-editor]"), enhance);
})();

/*
 * The media picker: a dialog that fetches pages of choices from the server (thumbnails, search, the newest
 * first, nothing chosen in advance), uploads from the dialog, and hands the choice to the cover, the gallery or
 * the body's editor. Without this script the cover and gallery already chosen stay as they are.
 */
(function () {
  "use strict";
  var dialog = document.getElementById("media-picker");
  if (!dialog || !window.fetch || typeof dialog.showModal !== "function") return;
  var results = dialog.querySelector("[data-picker-results]");
  var search = dialog.querySelector("#picker-q");
  var confirm = dialog.querySelector("[data-picker-confirm]");
  var options = dialog.querySelector("[data-picker-options]");
  var captionInput = dialog.querySelector("#picker-caption");
  var title = dialog.querySelector("[data-picker-title]");
  var kind = "image";
  var target = null;
  var chosen = null;
  var timer = null;

  Array.prototype.forEach.call(document.querySelectorAll("[data-js-only]"), function (element) { element.hidden = false; });

  function load(page) {
    var url = dialog.dataset.url + "?type=" + encodeURIComponent(kind) + "&q=" + encodeURIComponent(search.value)
      + (page ? "&page=" + page : "");
    results.setAttribute("aria-busy", "true");
    fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
      .then(function (html) {
        var page = new DOMParser().parseFromString(html, "text/html").querySelector(".picker__page");
        results.innerHTML = "";
        if (page) results.appendChild(document.importNode(page, true));
        results.removeAttribute("aria-busy");
        choose(null);
      })
      .catch(function () {
        results.removeAttribute("aria-busy");
        results.textContent = dialog.dataset.labelFailed;
      });
  }

  function choose(button) {
    Array.prototype.forEach.call(results.querySelectorAll("[data-picker-choice]"), function (b) {
      b.setAttribute("aria-pressed", b === button ? "true" : "false");
    });
    chosen = button;
    confirm.disabled = !button;
    options.hidden = !(button && kind === "image" && target === "body");
    if (button && captionInput) captionInput.value = button.dataset.caption || "";
  }

  function open(newKind, newTarget) {
    kind = newKind;
    target = newTarget;
    title.textContent = dialog.dataset["title" + kind.charAt(0).toUpperCase() + kind.slice(1)];
    confirm.textContent = target === "body" ? dialog.dataset.labelInsert : dialog.dataset.labelChoose;
    search.value = "";
    var align = dialog.querySelector("input[name='picker-align'][value='']");
    if (align) align.checked = true;
    results.textContent = dialog.dataset.labelLoading;
    choose(null);
    dialog.showModal();
    search.focus();
    load(1);
  }

  function setChoice(field, id, text, thumbnail) {
    var box = document.querySelector("[data-media-choice='" + field + "']");
    if (!box) return;
    var input = box.querySelector("input[type=hidden]");
    input.value = id || "";
    input.dispatchEvent(new Event("change", { bubbles: true }));
    var current = box.querySelector("[data-media-choice-current]");
    current.innerHTML = "";
    if (thumbnail) {
      var image = document.createElement("img");
      image.src = thumbnail;
      image.alt = text;
      current.appendChild(image);
    }
    var label = document.createElement("span");
    label.textContent = id ? text : (box.dataset.noneLabel || "");
    current.appendChild(label);
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-media-choice]"), function (box) {
    var clear = box.querySelector("[data-media-choice-clear]");
    if (clear) clear.addEventListener("click", function () { setChoice(box.dataset.mediaChoice, "", "", null); });
  });

  document.addEventListener("click", function (event) {
    var opener = event.target.closest && event.target.closest("[data-picker-open]");
    if (opener) {
      event.preventDefault();
      open(opener.dataset.pickerOpen, opener.dataset.pickerTarget);
      return;
    }
    if (!dialog.contains(event.target)) return;
    var choice = event.target.closest("[data-picker-choice]");
    if (choice) { choose(choice); return; }
    var pager = event.target.closest("[data-picker-page]");
    if (pager) load(pager.dataset.pickerPage);
  });
  results.addEventListener("dblclick", function (event) {
    if (event.target.closest("[data-picker-choice]")) confirm.click();
  });
  search.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { load(1); }, 300);
  });
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); clearTimeout(timer); load(1); }
  });

  confirm.addEventListener("click", function () {
    if (!chosen) return;
    var data = chosen.dataset;
    if (target === "body") {
      var textarea = document.getElementById("body");
      var aligned = dialog.querySelector("input[name='picker-align']:checked");
      dialog.close();
      if (textarea && textarea.insertChoice) {
        textarea.insertChoice({ kind: kind, src: data.src, label: data.label, width: data.width, height: data.height,
          caption: captionInput ? captionInput.value.trim() : "", align: aligned ? aligned.value : "", href: data.href });
      }
    } else {
      dialog.close();
      setChoice(target, data.id, data.label, data.thumbnail);
    }
  });

  // Upload from the picker: the library's own upload (JSON answer); the new image can be picked once it is
  // processed and has its text alternative, written on its page in the library.
  var file = dialog.querySelector("#picker-file");
  var status = dialog.querySelector("[data-picker-upload-status]");
  var form = document.getElementById("article-form");
  if (file && form) {
    file.addEventListener("change", function () {
      if (!file.files.length) return;
      var data = new FormData();
      data.append("files", file.files[0]);
      var csrf = form.querySelector("input[name='_csrf']") || document.querySelector("input[name='_csrf']");
      if (csrf) data.append(csrf.name, csrf.value);
      status.textContent = dialog.dataset.labelUploading;
      fetch("/admin/medias", { method: "POST", body: data, credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          var result = answer.results && answer.results[0];
          status.textContent = "";
          if (!result) return;
          status.appendChild(document.createTextNode(result.message + " "));
          if (result.ok && result.edit) {
            var link = document.createElement("a");
            link.href = result.edit;
            link.target = "_blank";
            link.rel = "noopener";
            link.textContent = dialog.dataset.labelDescribe;
            status.appendChild(link);
          }
          file.value = "";
          load(1);
        })
        .catch(function () { status.textContent = dialog.dataset.labelFailed; });
    });
  }
})();

/*
 * Unsaved changes: leaving the page (a link, closing the tab) asks first while the form holds edits that were
 * not saved; saving or any workflow button (they save the form too) leaves without asking. Drafts being
 * written are also kept in the writer's one autosave slot on the server a few seconds after the last change,
 * offered back when they return (« Restaurer / Ignorer »).
 */
(function () {
  "use strict";
  var form = document.getElementById("article-form");
  if (!form || !form.dataset.unsavedGuard) return;
  var dirty = form.dataset.dirty === "true";
  var submitting = false;
  var timer = null;
  var delay = parseInt(form.dataset.autosaveDelay || "3000", 10);
  var status = null;

  function markDirty() {
    dirty = true;
    if (form.dataset.autosave) {
      clearTimeout(timer);
      timer = setTimeout(autosave, delay);
    }
  }
  form.addEventListener("input", markDirty);
  form.addEventListener("change", markDirty);
  form.addEventListener("submit", function () { submitting = true; clearTimeout(timer); });
  window.addEventListener("beforeunload", function (event) {
    if (!dirty || submitting) return;
    event.preventDefault();
    event.returnValue = "";
    return form.dataset.unsavedGuard;
  });
  // A page shown again from the back/forward cache starts a new visit.
  window.addEventListener("pageshow", function (event) { if (event.persisted) submitting = false; });

  function autosave() {
    var body = document.getElementById("body");
    var csrf = form.querySelector("input[name='_csrf']");
    if (!body || !csrf) return;
    var data = new URLSearchParams();
    data.append(csrf.name, csrf.value);
    data.append("title", (document.getElementById("title") || {}).value || "");
    data.append("standfirst", (document.getElementById("standfirst") || {}).value || "");
    data.append("body", body.value);
    fetch(form.dataset.autosave, { method: "POST", body: data, credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) return;
        if (!status) {
          status = document.createElement("p");
          status.className = "field__hint autosave-status";
          status.setAttribute("role", "status");
          var actions = form.querySelector(".actions");
          (actions || form).appendChild(status);
        }
        var now = new Date();
        status.textContent = form.dataset.autosaveSaved.replace("{0}",
          now.getHours() + " h " + String(now.getMinutes()).padStart(2, "0"));
      })
      .catch(function () { /* the next change tries again; the guard still protects the text */ });
  }
})();
