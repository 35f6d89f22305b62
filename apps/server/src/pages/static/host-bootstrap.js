// Host page bootstrap: imports the page's micro-frontend (its plain ES-module build) and mounts it into the
// element that names it. Loaded as a static file because the page's CSP forbids inline scripts. The remote
// reads its polling config from <body data-polling-*> itself; only the API base and job id are passed.
const root = document.querySelector('[data-mfe-src]');

if (root instanceof HTMLElement) {
  const src = root.dataset.mfeSrc ?? '';
  const props = { apiBase: root.dataset.apiBase || '/api' };
  if (root.dataset.jobId) props.jobId = root.dataset.jobId;

  import(src)
    .then((module) => {
      if (typeof module.mount !== 'function') throw new Error(`${src} does not export mount()`);
      const unmount = module.mount(root, props);
      // Release timers and listeners when the page really goes away (not when it enters the bfcache).
      window.addEventListener('pagehide', (event) => {
        if (!event.persisted && typeof unmount === 'function') unmount();
      });
    })
    .catch((error) => {
      root.classList.add('mfe-missing');
      root.setAttribute('role', 'alert');
      root.textContent = `Could not load ${src}: ${error instanceof Error ? error.message : String(error)}`;
      console.error(error);
    });
}
