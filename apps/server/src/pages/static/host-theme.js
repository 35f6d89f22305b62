// The host pages' theme: the system's (default), or Light or Dark as the operator chose with the header's
// switch, remembered in this browser. A classic script in <head> (a file: the CSP allows no inline code), so
// the choice is on <html data-theme> before anything is drawn.
(function () {
  var KEY = 'vpo-live:theme';
  var ORDER = ['system', 'light', 'dark'];
  var LABELS = { system: 'Theme: system', light: 'Theme: light', dark: 'Theme: dark' };
  var root = document.documentElement;

  function read() {
    try {
      var stored = localStorage.getItem(KEY);
      return ORDER.indexOf(stored) >= 0 ? stored : 'system';
    } catch {
      return 'system';
    }
  }

  function apply(theme) {
    if (theme === 'system') root.removeAttribute('data-theme');
    else root.setAttribute('data-theme', theme);
    var button = document.getElementById('theme-toggle');
    if (button) button.textContent = LABELS[theme];
  }

  apply(read());
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('theme-toggle');
    if (!button) return;
    apply(read());
    button.hidden = false;
    button.addEventListener('click', function () {
      var next = ORDER[(ORDER.indexOf(read()) + 1) % ORDER.length];
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // Storage refused (a private window's quota): the choice holds for this page only.
      }
      apply(next);
    });
  });
})();
