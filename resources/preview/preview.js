// The shell's own script. It receives rendered HTML from GravDesk and patches the article in place,
// so the reader's scroll position survives each keystroke. Content HTML is inserted as markup only:
// scripts inside it do not run (innerHTML never executes <script>, and the page's CSP forbids inline
// handlers). Everything below acts on the content's attributes; nothing from the content is executed.
(function () {
  'use strict';
  // Counted so the sandbox can be tested: every load the content attempts and the CSP refuses.
  document.addEventListener('securitypolicyviolation', function () {
    window.gravdeskBlocked = (window.gravdeskBlocked || 0) + 1;
  });

  var LINE = 'data-gd-line';
  var bridge = null; // GravDesk's side of the web channel, once connected
  var syncEnabled = true;
  var programmaticUntil = 0; // scroll events before this time come from our own scrolling
  var userUntil = 0; // scroll events before this time follow the reader's input
  var pointerDown = false;
  var labels = { previous: 'Previous', next: 'Next', slide: 'Slide %1' };
  var carouselIndex = {}; // by carousel id: the slide shown, kept when the carousel is re-rendered

  function now() { return window.performance.now(); }
  function content() { return document.getElementById('content'); }

  if (typeof qt !== 'undefined' && qt.webChannelTransport && typeof QWebChannel !== 'undefined') {
    new QWebChannel(qt.webChannelTransport, function (channel) { bridge = channel.objects.gravdeskBridge || null; });
  }

  // The title and date the theme prints above a news item (text only, never markup).
  window.gravdeskSetHeader = function (title, date) {
    var header = document.getElementById('page-header');
    if (!header) { return; }
    document.getElementById('page-title').textContent = title;
    document.getElementById('page-date').textContent = date;
    header.hidden = !title && !date;
  };

  // The application's palette decides light or dark: prefers-color-scheme does not follow Qt.
  window.gravdeskSetTheme = function (dark) {
    document.documentElement.classList.toggle('gd-dark', !!dark);
  };

  // Translated labels: placeholders and the summary marker read them as CSS variables.
  window.gravdeskSetLabels = function (l) {
    var style = document.documentElement.style;
    Object.keys(l).forEach(function (key) {
      labels[key] = l[key];
      style.setProperty('--gd-label-' + key, JSON.stringify(String(l[key])));
    });
  };

  window.gravdeskSetSync = function (on) { syncEnabled = !!on; };

  // Another page: nothing of the last one is kept (the patcher would keep a block whose markup is the
  // same), and its carousels start at their first slide (ids repeat from page to page).
  window.gravdeskNewPage = function () {
    carouselIndex = {};
    var root = content();
    if (root) { root.textContent = ''; }
  };

  // ---- Patching ------------------------------------------------------------------------------

  // A block's markup without its source line: moving a block down a line is not a change.
  function signature(node) {
    if (node.nodeType !== Node.ELEMENT_NODE) { return node.nodeType + ':' + node.nodeValue; }
    var line = node.getAttribute(LINE);
    if (line === null) { return node.outerHTML; }
    node.removeAttribute(LINE);
    var html = node.outerHTML;
    node.setAttribute(LINE, line);
    return html;
  }

  function keep(oldNode, newNode) {
    if (newNode.nodeType !== Node.ELEMENT_NODE) { return; }
    var line = newNode.getAttribute(LINE);
    if (line === null) { oldNode.removeAttribute(LINE); } else if (oldNode.getAttribute(LINE) !== line) {
      oldNode.setAttribute(LINE, line);
    }
  }

  window.gravdeskSetContent = function (html) {
    var root = content();
    if (!root) { return; }
    var x = window.scrollX, y = window.scrollY;
    var next = document.createElement('article');
    next.innerHTML = html;
    // Replace only the run of top-level blocks that changed; the blocks before and after it stay
    // (with their images and slideshow state), even when a new line above shifted their source lines.
    var olds = Array.prototype.slice.call(root.childNodes);
    var news = Array.prototype.slice.call(next.childNodes);
    var newSigs = news.map(signature);
    var oldSigs = olds.map(function (n) { return n.gdSignature !== undefined ? n.gdSignature : signature(n); });
    var start = 0;
    while (start < olds.length && start < news.length && oldSigs[start] === newSigs[start]) {
      keep(olds[start], news[start]);
      start++;
    }
    var endOld = olds.length, endNew = news.length;
    while (endOld > start && endNew > start && oldSigs[endOld - 1] === newSigs[endNew - 1]) {
      endOld--; endNew--;
      keep(olds[endOld], news[endNew]);
    }
    var before = endOld < olds.length ? olds[endOld] : null;
    for (var i = start; i < endOld; i++) { root.removeChild(olds[i]); }
    for (var j = start; j < endNew; j++) {
      news[j].gdSignature = newSigs[j];
      root.insertBefore(news[j], before);
    }
    applyImageActions(root);
    enhanceCarousels(root);
    programmaticUntil = now() + 150;
    window.scrollTo(x, y);
  };

  // ---- Image actions (Grav's media actions, approximated with styles) ---------------------

  function parseActions(text) {
    var out = [];
    String(text).split(/[&;]/).forEach(function (item) {
      var m = /^\s*([A-Za-z]+)\s*(?:\(([^)]*)\)|=(.*))?\s*$/.exec(item);
      if (!m) { return; }
      var args = (m[2] !== undefined ? m[2] : (m[3] || '')).split(',').map(function (a) {
        return parseFloat(a);
      }).filter(function (a) { return !isNaN(a); });
      out.push({ name: m[1].toLowerCase(), args: args });
    });
    return out;
  }

  function px(v) { return v + 'px'; }

  function styleImage(img, actions) {
    var s = img.style;
    s.width = s.height = s.maxWidth = s.maxHeight = s.objectFit = s.objectPosition = '';
    actions.forEach(function (a) {
      var w = a.args[0], h = a.args[1];
      switch (a.name) {
      case 'resize': // Grav pads to exactly w×h
        if (w > 0 && h > 0) { s.width = px(w); s.height = px(h); s.objectFit = 'contain'; }
        break;
      case 'forceresize':
        if (w > 0 && h > 0) { s.width = px(w); s.height = px(h); s.objectFit = 'fill'; }
        break;
      case 'cropresize': // the largest size that fits inside w×h, keeping the ratio
        if (w > 0 && h > 0) {
          var nw = img.naturalWidth, nh = img.naturalHeight;
          if (nw > 0 && nh > 0) {
            var scale = Math.min(w / nw, h / nh);
            s.width = px(Math.round(nw * scale)); s.height = px(Math.round(nh * scale));
          } else {
            s.maxWidth = px(w); s.maxHeight = px(h);
          }
        }
        break;
      case 'cropzoom':
      case 'zoomcrop':
        if (w > 0 && h > 0) { s.width = px(w); s.height = px(h); s.objectFit = 'cover'; }
        break;
      case 'crop':
        if (a.args.length >= 4) {
          s.width = px(a.args[2]); s.height = px(a.args[3]); s.objectFit = 'none';
          s.objectPosition = px(-a.args[0]) + ' ' + px(-a.args[1]);
        }
        break;
      case 'width':
        if (w > 0) { s.width = px(w); s.height = 'auto'; }
        break;
      case 'height':
        if (w > 0) { s.height = px(w); s.width = 'auto'; }
        break;
      default:
        break; // quality, lightbox, sizes…: nothing to show
      }
    });
  }

  function applyImageActions(root) {
    var imgs = root.querySelectorAll('img[data-grav-actions]');
    for (var i = 0; i < imgs.length; i++) {
      var img = imgs[i];
      var actions = parseActions(img.getAttribute('data-grav-actions'));
      styleImage(img, actions);
      if (!img.gdActionsOnLoad) {
        img.gdActionsOnLoad = true;
        img.addEventListener('load', function () {
          styleImage(this, parseActions(this.getAttribute('data-grav-actions') || ''));
        });
      }
    }
  }

  // ---- owl-carousel galleries as a slideshow ----------------------------------------------

  function slidesOf(carousel) {
    return Array.prototype.filter.call(carousel.children, function (c) {
      return !c.classList.contains('gd-carousel-nav') && c.tagName !== 'BR';
    });
  }

  function showSlide(carousel, index) {
    var slides = slidesOf(carousel);
    if (!slides.length) { return; }
    index = (index % slides.length + slides.length) % slides.length;
    slides.forEach(function (s, i) { s.classList.toggle('gd-active', i === index); });
    var dots = carousel.querySelectorAll('.gd-carousel-dot');
    for (var i = 0; i < dots.length; i++) {
      dots[i].classList.toggle('gd-active', i === index);
      dots[i].setAttribute('aria-current', i === index ? 'true' : 'false');
    }
    carousel.gdIndex = index;
    if (carousel.id) { carouselIndex[carousel.id] = index; }
  }

  function button(cls, text, label, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.className = cls;
    b.textContent = text;
    b.setAttribute('aria-label', label);
    b.title = label;
    b.addEventListener('click', function (e) {
      e.preventDefault();
      onClick();
    });
    return b;
  }

  function enhanceCarousels(root) {
    var carousels = root.querySelectorAll('.owl-carousel');
    Array.prototype.forEach.call(carousels, function (carousel) {
      if (carousel.gdSlideshow) { return; }
      var slides = slidesOf(carousel);
      if (slides.length < 2) { return; } // one picture needs no controls
      carousel.gdSlideshow = true;
      carousel.classList.add('gd-slideshow');
      carousel.tabIndex = 0;
      slides.forEach(function (s) { s.classList.add('gd-slide'); });
      var nav = document.createElement('div');
      nav.className = 'gd-carousel-nav';
      nav.appendChild(button('gd-carousel-prev', '\u2039', labels.previous, function () {
        showSlide(carousel, carousel.gdIndex - 1); carousel.focus();
      }));
      var dots = document.createElement('span');
      dots.className = 'gd-carousel-dots';
      slides.forEach(function (s, i) {
        dots.appendChild(button('gd-carousel-dot', '', String(labels.slide).replace('%1', i + 1), function () {
          showSlide(carousel, i); carousel.focus();
        }));
      });
      nav.appendChild(dots);
      nav.appendChild(button('gd-carousel-next', '\u203a', labels.next, function () {
        showSlide(carousel, carousel.gdIndex + 1); carousel.focus();
      }));
      carousel.appendChild(nav);
      carousel.addEventListener('keydown', function (e) {
        if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
          e.preventDefault();
          showSlide(carousel, carousel.gdIndex + (e.key === 'ArrowLeft' ? -1 : 1));
        }
      });
      showSlide(carousel, carousel.id && carouselIndex[carousel.id] !== undefined ? carouselIndex[carousel.id] : 0);
    });
  }

  // ---- Scroll sync -------------------------------------------------------------------------

  function blocks() {
    var root = content(), out = [];
    if (!root) { return out; }
    for (var c = root.firstElementChild; c; c = c.nextElementSibling) {
      var line = parseInt(c.getAttribute(LINE), 10);
      if (!isNaN(line) && c.getClientRects().length) {
        out.push({ line: line, top: c.getBoundingClientRect().top + window.scrollY, el: c });
      }
    }
    return out;
  }

  function blockBottom(b) { return b.el.getBoundingClientRect().bottom + window.scrollY; }

  // The document offset of source line @p line: inside a block, interpolated towards the next one.
  function offsetOfLine(line, lastLine) {
    var list = blocks();
    if (!list.length) { return null; }
    var i = -1;
    for (var k = 0; k < list.length && list[k].line <= line; k++) { i = k; }
    if (i < 0) { return 0; } // above the first block: the title and date
    var b = list[i];
    var nextLine, nextTop;
    if (i + 1 < list.length) { nextLine = list[i + 1].line; nextTop = list[i + 1].top; } else {
      nextLine = Math.max(lastLine || 0, b.line + 1); nextTop = blockBottom(b);
    }
    var f = Math.min(1, Math.max(0, (line - b.line) / Math.max(1, nextLine - b.line)));
    return b.top + f * (nextTop - b.top);
  }

  // The source line at the top of the viewport (fractional), or 0 when there are no lines.
  function lineAtTop() {
    var list = blocks();
    if (!list.length) { return 0; }
    var y = window.scrollY + 1;
    var i = -1;
    for (var k = 0; k < list.length && list[k].top <= y; k++) { i = k; }
    if (i < 0) { return list[0].top > 0 ? 1 + (list[0].line - 1) * Math.max(0, y / list[0].top) : list[0].line; }
    var b = list[i];
    var nextLine, nextTop;
    if (i + 1 < list.length) { nextLine = list[i + 1].line; nextTop = list[i + 1].top; } else {
      nextLine = b.line + 1; nextTop = blockBottom(b);
    }
    var f = nextTop > b.top ? Math.min(1, Math.max(0, (y - b.top) / (nextTop - b.top))) : 0;
    return b.line + f * (nextLine - b.line);
  }
  window.gravdeskLineAtTop = lineAtTop;

  // Scrolls so source line @p line sits at @p fraction of the viewport's height (0: top).
  window.gravdeskScrollToLine = function (line, fraction, lastLine, instant) {
    var offset = offsetOfLine(line, lastLine);
    if (offset === null) { return false; }
    var max = Math.max(0, document.documentElement.scrollHeight - window.innerHeight);
    var target = Math.round(Math.min(max, Math.max(0, offset - (fraction || 0) * window.innerHeight)));
    if (Math.abs(target - window.scrollY) < 2) { return true; }
    userUntil = 0;
    programmaticUntil = now() + (instant ? 150 : 800);
    window.scrollTo({ top: target, behavior: instant ? 'auto' : 'smooth' });
    return true;
  };

  function noteInput() { userUntil = now() + 800; programmaticUntil = 0; }
  ['wheel', 'keydown', 'touchstart'].forEach(function (type) {
    window.addEventListener(type, noteInput, { capture: true, passive: true });
  });
  window.addEventListener('mousedown', function () { pointerDown = true; noteInput(); }, { capture: true, passive: true });
  window.addEventListener('mouseup', function () { pointerDown = false; userUntil = now() + 300; }, { capture: true, passive: true });

  var reportPending = false;
  window.addEventListener('scroll', function () {
    if (!syncEnabled || !bridge || reportPending) { return; }
    var t = now();
    if (t < programmaticUntil || (t > userUntil && !pointerDown)) { return; } // ours, or a layout change
    reportPending = true;
    window.requestAnimationFrame(function () {
      reportPending = false;
      var line = lineAtTop();
      if (line > 0 && bridge) { bridge.previewScrolled(line); }
    });
  }, { passive: true });
}());
