// Browser-side measurement helpers of the dashboard benchmark (served as a static file).
// A DOM mutation is counted per attribute or text change, and per node inserted or removed *including its
// descendants*: replacing a row with innerHTML costs every node the new row is made of.
(() => {
  let count = 0;
  let records = 0;
  let observer = null;
  const weight = (node) => {
    let n = 1;
    const walker = document.createTreeWalker(node);
    while (walker.nextNode()) n += 1;
    return n;
  };
  const tally = (list) => {
    for (const record of list) {
      records += 1;
      if (record.type === 'childList') {
        for (const node of record.addedNodes) count += weight(node);
        for (const node of record.removedNodes) count += weight(node);
      } else {
        count += 1;
      }
    }
  };
  let updates = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      if (entry.name === 'jobs-dashboard:update') updates.push(entry.duration);
  }).observe({ type: 'measure' });
  window.__bench = {
    /** Durations (ms) of the renderers' update measures since the last call. */
    updates() {
      const result = updates;
      updates = [];
      return result;
    },
    observe(selector) {
      observer?.disconnect();
      observer = new MutationObserver(tally);
      observer.observe(document.querySelector(selector), {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    },
    take() {
      if (observer) tally(observer.takeRecords());
      const result = { mutations: count, records };
      count = 0;
      records = 0;
      return result;
    },
    /**
     * Resolves once a row for `id` is in the table: a childList observer on <tbody> (no subtree), so waiting
     * costs one tiny callback per update instead of a check every frame.
     */
    rowShown(id) {
      const tbody = document.querySelector('tbody');
      const present = () => tbody.querySelector(`:scope > tr[data-job-id="${id}"]`) !== null;
      if (present()) return Promise.resolve(true);
      return new Promise((resolve) => {
        const watcher = new MutationObserver(() => {
          if (!present()) return;
          watcher.disconnect();
          resolve(true);
        });
        watcher.observe(tbody, { childList: true });
      });
    },
  };
})();
