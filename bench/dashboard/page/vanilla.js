// The reference client: the same page as the live dashboard (same table markup, toolbar, pagination texts
// above and below the table, tab title, live region and 1 s relative-time clock) written as a competent vanilla-JS client — plain fetch + res.json()
// and a keyed update that writes only the cells whose value changed. No framework, no validation, no state
// machine: what the live dashboard's per-poll cost is compared with.
(() => {
  const root = document.getElementById('vanilla');
  const api = document.body.dataset.api;
  const STATUS = {
    queued: 'Queued',
    running: 'Running',
    completed: 'Completed',
    failed: 'Failed',
    cancelled: 'Cancelled',
  };
  const TYPE = {
    scan: 'Scan',
    apply: 'Apply',
    transcode: 'Transcode',
    move: 'Move',
    process: 'Process',
    prune: 'Prune',
  };
  const dateFormat = new Intl.DateTimeFormat(undefined, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });

  const table = root.querySelector('table');
  const tbody = root.querySelector('tbody');
  const button = root.querySelector('.vpo-refresh');
  const spinner = root.querySelector('.vpo-spinner');
  const updated = root.querySelector('.vpo-updated__text');
  const connection = root.querySelector('.connection-status');
  const liveRegion = root.querySelector('[aria-live="polite"][aria-atomic]');
  const pageInfos = [...root.querySelectorAll('.jobs-pagination__info')];
  const baseTitle = document.title;

  const label = (labels, value) => (Object.hasOwn(labels, value) ? labels[value] : value);
  const tone = (status) => (Object.hasOwn(STATUS, status) ? status : 'unknown');
  const setText = (node, text) => {
    if (node.data !== text) node.data = text;
  };
  const relative = (ms, now) => {
    const s = Math.floor((now - ms) / 1000);
    if (!Number.isFinite(s) || s < 5) return 'just now';
    if (s < 60) return `${s} s ago`;
    const m = Math.floor(s / 60);
    if (m < 60) return `${m} min ago`;
    const h = Math.floor(m / 60);
    return h < 24 ? `${h} h ago` : `${Math.floor(h / 24)} d ago`;
  };
  const duration = (seconds) => {
    if (seconds == null || !Number.isFinite(seconds) || seconds < 0) return '—';
    const t = Math.floor(seconds);
    if (t < 60) return `${t} s`;
    const m = Math.floor(t / 60);
    if (m < 60) return t % 60 ? `${m} min ${t % 60} s` : `${m} min`;
    return m % 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${Math.floor(m / 60)} h`;
  };
  // The dashboard's rule: nothing for queued jobs, 100 for completed, indeterminate (null) for running jobs
  // that report no progress, the last value reached for failed and cancelled ones.
  const progressOf = (job) => {
    const pct = job.progress_percent > 0 ? Math.round(Math.min(100, job.progress_percent)) : null;
    if (job.status === 'queued') return undefined;
    if (job.status === 'completed') return 100;
    if (job.status === 'running') {
      if (pct != null) return pct;
      return job.total_count > 0 ? Math.round((100 * (job.processed_count ?? 0)) / job.total_count) : null;
    }
    return pct ?? undefined;
  };
  const barTone = (status) =>
    status === 'completed' ? 'done' : status === 'failed' || status === 'cancelled' ? 'stopped' : 'active';

  /** A `<template>` holding `html`, cloned for every row or cell that needs it. */
  const template = (html) => {
    const element = document.createElement('template');
    element.innerHTML = html;
    return element;
  };
  // Server strings are isolated in a <bdi>, as the dashboard's SafeText draws them (the benchmark's data has no
  // bidi controls and no path long enough to be cut, so the plain case is all it needs).
  const rowTemplate = template(
    '<tr class="jobs-row"><td class="jobs-cell jobs-cell--id"><a><bdi class="vpo-safe-text"> </bdi></a></td>' +
      '<td class="jobs-cell jobs-cell--type"><bdi class="vpo-safe-text"> </bdi></td>' +
      '<td class="jobs-cell jobs-cell--status"><span class="vpo-badge"> </span></td><td class="jobs-cell jobs-cell--path"> </td>' +
      '<td class="jobs-cell jobs-cell--progress"></td><td class="jobs-cell jobs-cell--created"><time class="vpo-time">' +
      '<span class="vpo-time__absolute"> </span> <span class="vpo-time__relative"> </span></time></td>' +
      '<td class="jobs-cell jobs-cell--times"></td>' +
      '<td class="jobs-cell jobs-cell--duration"><span class="jobs-total__label">Total </span> </td></tr>',
  );
  // The dashboard's waited / ran lines (its TimesCell).
  const timesTemplate = template(
    '<span class="jobs-times__line"><span class="jobs-times__label">Waited</span> </span>' +
      '<span class="jobs-times__line"><span class="jobs-times__label">Ran</span> </span>',
  );
  // The dashboard's path: the folders and the file name apart, so the name stays in view (its PathText).
  const pathTemplate = template(
    '<span class="jobs-path"><span class="jobs-path__dir"><bdi class="vpo-safe-text"> </bdi></span>' +
      '<span class="jobs-path__name"><bdi class="vpo-safe-text"> </bdi></span></span>',
  );
  const barTemplate = template(
    '<div role="progressbar" aria-valuemin="0" aria-valuemax="100" class="vpo-progress"><span class="vpo-progress__track">' +
      '<span class="vpo-progress__fill"></span></span><span class="vpo-progress__text"> </span></div>',
  );
  const dashTemplate = template('<span class="jobs-muted">—</span>');

  /** One row: its elements, the values they show, and the job's created time for the clock. */
  function createRow(job, now) {
    const tr = rowTemplate.content.firstChild.cloneNode(true);
    const [idCell, typeCell, statusCell, pathCell, progressCell, createdCell, timesCell, durationCell] =
      tr.children;
    const link = idCell.firstChild;
    tr.dataset.jobId = job.id;
    link.href = `/jobs/${encodeURIComponent(job.id)}`;
    link.title = job.id;
    link.firstChild.firstChild.data = job.id.slice(0, 8);
    const time = createdCell.firstChild;
    const created = Date.parse(job.created_at);
    time.dateTime = new Date(created).toISOString();
    time.firstChild.firstChild.data = dateFormat.format(created);
    const row = {
      tr,
      created,
      type: typeCell.firstChild.firstChild,
      badge: statusCell.firstChild,
      path: pathCell,
      progressCell,
      bar: null,
      relative: time.lastChild.firstChild,
      timesCell,
      waited: null,
      ran: null,
      duration: durationCell.lastChild,
      job: {},
      // Not a value progressOf returns, so the first write always happens.
      progress: 'unset',
      tone: '',
    };
    update(row, job, now);
    return row;
  }

  /** Writes the cells of `row` whose value differs from `job`; returns true when the status changed. */
  function update(row, job, now) {
    const was = row.job;
    if (was.job_type !== job.job_type) setText(row.type, label(TYPE, job.job_type));
    if (was.file_path !== job.file_path) {
      if (job.file_path === null) {
        row.path.removeAttribute('title');
        row.path.textContent = '—';
      } else {
        row.path.title = job.file_path;
        const at = Math.max(job.file_path.lastIndexOf('/'), job.file_path.lastIndexOf('\\'));
        const path = pathTemplate.content.firstChild.cloneNode(true);
        const [dir, name] = path.children;
        if (at < 0) dir.remove();
        else dir.firstChild.firstChild.data = job.file_path.slice(0, at + 1);
        name.firstChild.firstChild.data = job.file_path.slice(at + 1);
        row.path.replaceChildren(path);
      }
    }
    const statusChanged = was.status !== job.status;
    if (statusChanged) {
      row.badge.className = `vpo-badge vpo-badge--${tone(job.status)}`;
      row.badge.dataset.status = job.status;
      setText(row.badge.firstChild, label(STATUS, job.status));
    }
    if (was.duration_seconds !== job.duration_seconds) setText(row.duration, duration(job.duration_seconds));
    if (statusChanged || was.progress_percent !== job.progress_percent) writeProgress(row, job);
    if (now !== undefined) setText(row.relative, relative(row.created, now));
    row.job = job;
    writeTimes(row, now ?? Date.now());
    return statusChanged;
  }

  // The dashboard's rules (jobTimes.ts): ran = started → completed (→ now while running); waited = created →
  // started (→ now while queued, in whole minutes past the first); a dash without started_at.
  const seconds = (from, to) =>
    from && to ? Math.max(0, Math.floor((Date.parse(to) - Date.parse(from)) / 1000)) : null;
  const iso = (ms) => new Date(ms).toISOString();
  function writeTimes(row, now) {
    const job = row.job;
    if (job.started_at === undefined) {
      if (row.waited !== undefined)
        row.timesCell.replaceChildren(dashTemplate.content.firstChild.cloneNode(true));
      row.waited = undefined;
      row.timesText = null;
      return;
    }
    const queued = job.status === 'queued';
    const running = job.status === 'running';
    const waitedEnd = job.started_at ?? job.completed_at ?? (queued ? iso(now) : null);
    let waited = seconds(job.created_at, waitedEnd);
    if (waited !== null && queued && waited >= 60) waited -= waited % 60;
    const ranEnd = job.completed_at ?? (running ? iso(now) : null);
    const ran = job.started_at ? seconds(job.started_at, ranEnd) : null;
    if (waited === null && ran === null) {
      if (row.waited !== null || row.ran !== null || !row.timesCell.firstChild) {
        row.timesCell.replaceChildren(dashTemplate.content.firstChild.cloneNode(true));
      }
      row.waited = row.ran = null;
      row.timesText = null;
      return;
    }
    if (!row.timesText) {
      const lines = timesTemplate.content.cloneNode(true);
      row.timesCell.replaceChildren(lines);
      const [w, r] = row.timesCell.children;
      w.append(document.createTextNode(''));
      r.append(document.createTextNode(''));
      row.timesText = [w.lastChild, r.lastChild];
    }
    setText(row.timesText[0], duration(waited));
    setText(row.timesText[1], duration(ran));
    row.waited = waited;
    row.ran = ran;
  }

  function writeProgress(row, job) {
    const value = progressOf(job);
    if (value === row.progress && barTone(job.status) === row.tone) return;
    if (value === undefined) {
      row.progressCell.replaceChildren(dashTemplate.content.firstChild.cloneNode(true));
      row.bar = null;
    } else {
      if (!row.bar) {
        row.bar = barTemplate.content.firstChild.cloneNode(true);
        row.bar.setAttribute('aria-label', `Progress of job ${job.id.slice(0, 8)}`);
        row.progressCell.replaceChildren(row.bar);
        row.tone = '';
        row.progress = undefined;
      }
      const bar = row.bar;
      const nextTone = barTone(job.status);
      if (nextTone !== row.tone || (value === null) !== (row.progress === null)) {
        bar.className = `vpo-progress vpo-progress--${nextTone}${value === null ? ' vpo-progress--indeterminate' : ''}`;
      }
      if (value !== row.progress) {
        const fill = bar.firstChild.firstChild;
        if (value === null) {
          bar.removeAttribute('aria-valuenow');
          bar.setAttribute('aria-valuetext', 'In progress');
          fill.style.removeProperty('transform');
        } else {
          bar.setAttribute('aria-valuenow', String(value));
          if (row.progress === null) bar.removeAttribute('aria-valuetext');
          // The dashboard's bar: the fill is scaled, never resized (a compositor-only change).
          fill.style.transform = `scaleX(${value / 100})`;
        }
        setText(bar.lastChild.firstChild, value === null ? '' : `${value}%`);
      }
      row.tone = nextTone;
    }
    row.progress = value;
  }

  // The dashboard's polite announcement of jobs on screen that just completed or failed.
  function announcement(finished) {
    if (finished.length > 3) {
      const completed = finished.filter((job) => job.status === 'completed').length;
      const parts = [
        completed && `${completed} completed`,
        finished.length - completed && `${finished.length - completed} failed`,
      ];
      return `${finished.length} jobs finished: ${parts.filter(Boolean).join(', ')}.`;
    }
    return finished
      .map((job) => `Job ${job.id.slice(0, 8)} (${label(TYPE, job.job_type)}) ${job.status}.`)
      .join(' ');
  }

  const rows = new Map();
  let lastUpdatedAt = null;
  let busy = false;

  function setBusy(value) {
    busy = value;
    const flag = value ? 'true' : 'false';
    table.setAttribute('aria-busy', flag);
    button.setAttribute('aria-busy', flag);
    spinner.classList.toggle('vpo-spinner--active', value);
  }

  /** Applies one page of jobs: keyed by id, rows kept, moved only when out of place, stale ones removed. */
  function apply(jobs, total) {
    const finished = [];
    const keep = new Set();
    let cursor = tbody.firstChild;
    for (const job of jobs) {
      let row = rows.get(job.id);
      if (!row) {
        row = createRow(job, Date.now());
        rows.set(job.id, row);
      } else if (update(row, job) && (job.status === 'completed' || job.status === 'failed')) {
        finished.push(job);
      }
      keep.add(job.id);
      if (row.tr === cursor) cursor = cursor.nextSibling;
      else tbody.insertBefore(row.tr, cursor);
    }
    for (const [id, row] of rows) {
      if (keep.has(id)) continue;
      row.tr.remove();
      rows.delete(id);
    }
    if (finished.length) liveRegion.textContent = announcement(finished);
    const info = `Showing 1–${jobs.length} of ${total} jobs · Page 1 of ${Math.max(1, Math.ceil(total / 100))}`;
    for (const pageInfo of pageInfos) setText(pageInfo.firstChild, info);
    // The dashboard's tab title: the running jobs on the page, written only when the number changes.
    const running = jobs.filter((job) => job.status === 'running').length;
    const title = running > 0 ? `(${running} running) ${baseTitle}` : baseTitle;
    if (document.title !== title) document.title = title;
  }

  async function poll() {
    setBusy(true);
    try {
      const response = await fetch(`${api}/jobs?limit=100`);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const data = await response.json();
      const start = performance.now();
      apply(data.jobs, data.total);
      lastUpdatedAt = Date.now();
      setText(updated.firstChild, 'Updated just now');
      setText(connection.firstChild, 'Live');
      performance.measure('jobs-dashboard:update', { start, end: performance.now() });
    } catch {
      setText(connection.firstChild, 'Reconnecting');
    } finally {
      if (busy) setBusy(false);
    }
  }

  // The dashboard's 1 s clock: "N min ago" texts and "Updated N s ago" (only changed texts are written).
  setInterval(() => {
    const now = Date.now();
    for (const row of rows.values()) {
      setText(row.relative, relative(row.created, now));
      // Only queued and running jobs have times still growing, as on the dashboard.
      if (row.job.status === 'queued' || row.job.status === 'running') writeTimes(row, now);
    }
    if (lastUpdatedAt !== null) setText(updated.firstChild, `Updated ${relative(lastUpdatedAt, now)}`);
  }, 1000);

  button.addEventListener('click', () => void poll());
  window.benchReady = poll();
})();
