// Browser-side measurement helpers of the dashboard benchmark (served as a static file).
// A DOM mutation is counted per attribute or text change, and per node inserted or removed *including its
// descendants*: replacing a row with innerHTML costs every node the new row is made of. `nodes` counts the
// nodes inserted or removed (a subtree once, as MutationObserver reports it), `records` the records.
(() => {
  const POLL_DONE = 'bench:poll-done';
  const FETCH_MARK = 'bench:fetch';
  let inFlight = 0;
  let onSettled = [];
  let count = 0;
  let records = 0;
  let nodes = 0;
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
        nodes += record.addedNodes.length + record.removedNodes.length;
      } else {
        count += 1;
      }
    }
  };
  let watching = false;
  const started = () => {
    // In a trace (blink.user_timing): where each request of a poll starts.
    performance.mark(FETCH_MARK);
    performance.clearMarks(FETCH_MARK);
    inFlight += 1;
  };
  const settled = () => {
    inFlight -= 1;
    // Time for the client to read and apply the body; a follow-up request (the next log page) keeps it open.
    if (inFlight === 0)
      setTimeout(() => {
        if (inFlight > 0) return;
        const waiting = onSettled;
        onSettled = [];
        for (const resolve of waiting) resolve();
      }, 20);
  };
  // A client's requests go through its page's fetch worker once that has started (libs/vpo-api pageFetch):
  // its messages are watched as fetch calls are — a request posted, answered or aborted (fetchWorkerProtocol).
  // Installed before the page's modules run, so the worker they make is one of these.
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    #open = new Set();
    constructor(...args) {
      super(...args);
      this.addEventListener('message', ({ data }) => {
        if (data && this.#open.delete(data.id)) settled();
      });
    }
    postMessage(message, ...rest) {
      if (watching && message && typeof message.url === 'string') {
        this.#open.add(message.id);
        started();
      } else if (message && this.#open.delete(message.abort)) settled();
      return super.postMessage(message, ...rest);
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
      const result = { mutations: count, records, nodes };
      count = 0;
      records = 0;
      nodes = 0;
      return result;
    },
    /**
     * Counts the page's requests from now on, for {@link pollDone}, and marks where each starts (the job detail
     * page).
     */
    watchFetches() {
      const original = window.fetch;
      watching = true;
      window.fetch = function (...args) {
        started();
        const request = original.apply(this, args);
        request.then(settled, settled);
        return request;
      };
    },
    /**
     * Clicks Refresh and resolves once every request it started has been answered and applied and two frames
     * have been drawn (the log renders at the next frame), marking that moment in the trace.
     */
    pollDone() {
      const settled = new Promise((resolve) => onSettled.push(resolve));
      document.querySelector('.vpo-refresh').click();
      return settled
        .then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
        .then(() => {
          performance.mark(POLL_DONE);
          performance.clearMarks(POLL_DONE);
          return true;
        });
    },
    /**
     * Resolves once a row for `id` is in the table: a childList observer on <tbody> (no subtree), so waiting
     * costs one tiny callback per update instead of a check every frame.
     */
    rowShown(id) {
      const tbody = document.querySelector('tbody');
      const present = () => tbody.querySelector(`:scope > tr[data-job-id="${id}"]`) !== null;
      // In a trace (blink.user_timing), the mark says when the poll was over: script after it is not the poll's.
      const shown = () => {
        performance.mark(POLL_DONE);
        performance.clearMarks(POLL_DONE);
        return true;
      };
      if (present()) return Promise.resolve(shown());
      return new Promise((resolve) => {
        const watcher = new MutationObserver(() => {
          if (!present()) return;
          watcher.disconnect();
          resolve(shown());
        });
        watcher.observe(tbody, { childList: true });
      });
    },
  };
})();
