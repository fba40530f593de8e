/*
 * Gallery lightbox: a click (or Enter) on a photo opens it large in a modal <dialog>; the arrow keys move
 * through the gallery, Escape closes it and gives focus back to the photo that opened it, and a live region
 * announces "Photo 3 sur 12" to screen readers. Without this script each photo is a plain link to its
 * large version (the largest JPEG); the lightbox loads the size that fits the screen, in WebP when it exists.
 */
(function () {
  'use strict';
  if (typeof HTMLDialogElement !== 'function') {
    return;
  }
  Array.prototype.forEach.call(document.querySelectorAll('[data-lightbox]'), function (grid) {
    var links = Array.prototype.slice.call(grid.querySelectorAll('a.gallery-grid__link'));
    if (!links.length) {
      return;
    }
    var current = 0;
    var opener = null;

    var dialog = document.createElement('dialog');
    dialog.className = 'lightbox';
    dialog.setAttribute('aria-label', grid.getAttribute('data-label'));
    var figure = document.createElement('figure');
    figure.className = 'lightbox__figure';
    var image = document.createElement('img');
    image.className = 'lightbox__image';
    var caption = document.createElement('figcaption');
    caption.className = 'lightbox__caption';
    figure.appendChild(image);
    figure.appendChild(caption);
    var status = document.createElement('p');
    status.className = 'lightbox__status';
    status.setAttribute('aria-live', 'polite');
    status.setAttribute('aria-atomic', 'true');

    function button(label, className, text) {
      var b = document.createElement('button');
      b.type = 'button';
      b.className = 'lightbox__button ' + className;
      b.setAttribute('aria-label', label);
      b.textContent = text;
      return b;
    }
    var previous = button(grid.getAttribute('data-previous'), 'lightbox__previous', '‹');
    var next = button(grid.getAttribute('data-next'), 'lightbox__next', '›');
    var close = button(grid.getAttribute('data-close'), 'lightbox__close', '×');
    dialog.appendChild(close);
    dialog.appendChild(figure);
    dialog.appendChild(previous);
    dialog.appendChild(next);
    dialog.appendChild(status);
    document.body.appendChild(dialog);

    function show(index) {
      current = (index + links.length) % links.length;
      var link = links[current];
      var thumbnail = link.querySelector('img');
      // The size that fits the screen, not always the largest: the photo is contained in the window
      // less the caption and buttons (7 rem), so the browser picks from the srcset by that width.
      var ratio = parseFloat(link.getAttribute('data-ratio')) || 1.5;
      var room = Math.max(160, window.innerHeight - 112);
      image.removeAttribute('srcset');
      image.sizes = Math.round(Math.min(window.innerWidth, room * ratio)) + 'px';
      if (link.getAttribute('data-srcset')) {
        image.srcset = link.getAttribute('data-srcset');
      }
      image.src = link.getAttribute('href');
      image.alt = thumbnail ? thumbnail.alt : '';
      caption.textContent = link.getAttribute('data-caption') || '';
      status.textContent = grid.getAttribute('data-position')
        .replace('{0}', String(current + 1)).replace('{1}', String(links.length));
    }

    links.forEach(function (link, index) {
      link.addEventListener('click', function (event) {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
          return;
        }
        event.preventDefault();
        opener = link;
        show(index);
        dialog.showModal();
        close.focus();
      });
    });
    previous.addEventListener('click', function () { show(current - 1); });
    next.addEventListener('click', function () { show(current + 1); });
    close.addEventListener('click', function () { dialog.close(); });
    dialog.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowRight') {
        event.preventDefault();
        show(current + 1);
      } else if (event.key === 'ArrowLeft') {
        event.preventDefault();
        show(current - 1);
      }
    });
    dialog.addEventListener('click', function (event) {
      if (event.target === dialog) {
        dialog.close();
      }
    });
    dialog.addEventListener('close', function () {
      image.removeAttribute('srcset');
      image.removeAttribute('src');
      status.textContent = '';
      if (opener) {
        opener.focus();
      }
    });
  });
})();
