// Receives rendered HTML from GravDesk and patches the article in place, so the reader's scroll
// position survives each keystroke. Content HTML is inserted as markup only: scripts inside it do
// not run (innerHTML never executes <script>, and the page's CSP forbids inline handlers).
(function () {
  'use strict';
  // Counted so the sandbox can be tested: every load the content attempts and the CSP refuses.
  document.addEventListener('securitypolicyviolation', function () {
    window.gravdeskBlocked = (window.gravdeskBlocked || 0) + 1;
  });
  // The title and date the theme prints above a news item (text only, never markup).
  window.gravdeskSetHeader = function (title, date) {
    var header = document.getElementById('page-header');
    if (!header) { return; }
    document.getElementById('page-title').textContent = title;
    document.getElementById('page-date').textContent = date;
    header.hidden = !title && !date;
  };
  window.gravdeskSetContent = function (html) {
    var root = document.getElementById('content');
    if (!root) { return; }
    var x = window.scrollX, y = window.scrollY;
    var next = document.createElement('article');
    next.innerHTML = html;
    // Replace only the top-level blocks that changed; unchanged images are not reloaded.
    var oldKids = root.children, newKids = next.children;
    if (oldKids.length === newKids.length && oldKids.length > 0 && root.childNodes.length === oldKids.length &&
        next.childNodes.length === newKids.length) {
      for (var i = 0; i < newKids.length; i++) {
        if (!oldKids[i].isEqualNode(newKids[i])) {
          root.replaceChild(newKids[i].cloneNode(true), oldKids[i]);
        }
      }
    } else {
      root.innerHTML = html;
    }
    window.scrollTo(x, y);
  };
}());
