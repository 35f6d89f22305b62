// The baseline the dashboard is compared with: fetch the same page of jobs and rebuild the whole <tbody>
// from an HTML string, as VPO's original jobs.js did. Same cells and markup as the live table.
(() => {
  const api = document.body.dataset.api;
  const escape = (value) =>
    String(value ?? '').replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
    );
  const known = ['queued', 'running', 'completed', 'failed', 'cancelled'];
  const label = (s) => s.charAt(0).toUpperCase() + s.slice(1);
  const tone = (status) =>
    status === 'completed' ? 'done' : status === 'failed' || status === 'cancelled' ? 'stopped' : 'active';
  const progress = (job) => {
    if (job.status === 'queued') return '<span class="jobs-muted">—</span>';
    const pct = job.status === 'completed' ? 100 : Math.round(job.progress_percent);
    const name = `aria-label="Progress of job ${escape(job.id.slice(0, 8))}"`;
    if (job.status === 'running' && !job.progress_percent) {
      return `<div role="progressbar" aria-valuemin="0" aria-valuemax="100" class="vpo-progress vpo-progress--active vpo-progress--indeterminate" ${name} aria-valuetext="In progress"><span class="vpo-progress__track"><span class="vpo-progress__fill"></span></span><span class="vpo-progress__text"></span></div>`;
    }
    return `<div role="progressbar" aria-valuemin="0" aria-valuemax="100" class="vpo-progress vpo-progress--${tone(job.status)}" ${name} aria-valuenow="${pct}"><span class="vpo-progress__track"><span class="vpo-progress__fill"></span></span><span class="vpo-progress__text">${pct}%</span></div>`;
  };
  const row = (job) => {
    const status = known.includes(job.status) ? job.status : 'unknown';
    const created = new Date(job.created_at);
    return `<tr class="jobs-row" data-job-id="${escape(job.id)}"><td class="jobs-cell jobs-cell--id"><a href="/jobs/${escape(job.id)}" title="${escape(job.id)}"><bdi class="vpo-safe-text">${escape(job.id.slice(0, 8))}</bdi></a></td><td class="jobs-cell jobs-cell--type"><bdi class="vpo-safe-text">${escape(label(job.job_type))}</bdi></td><td class="jobs-cell jobs-cell--status"><span class="vpo-badge vpo-badge--${status}" data-status="${escape(job.status)}">${escape(label(job.status))}</span></td><td class="jobs-cell jobs-cell--path" title="${escape(job.file_path)}"><bdi class="vpo-safe-text">${escape(job.file_path)}</bdi></td><td class="jobs-cell jobs-cell--progress">${progress(job)}</td><td class="jobs-cell jobs-cell--created"><time class="vpo-time" datetime="${created.toISOString()}"><span class="vpo-time__absolute">${escape(created.toLocaleString())}</span> <span class="vpo-time__relative">${escape('3 min ago')}</span></time></td><td class="jobs-cell jobs-cell--duration">${job.duration_seconds == null ? '—' : `${job.duration_seconds} s`}</td></tr>`;
  };
  const tbody = document.querySelector('#naive tbody');
  async function poll() {
    const response = await fetch(`${api}/jobs?limit=100`);
    const data = await response.json();
    // Bar widths are left out (they would need one CSSOM write per row under CSP): this keeps the baseline's
    // mutation count conservative.
    const start = performance.now();
    tbody.innerHTML = data.jobs.map(row).join('');
    performance.measure('jobs-dashboard:update', { start, end: performance.now() });
  }
  document.querySelector('#naive .vpo-refresh').addEventListener('click', () => void poll());
  window.benchReady = poll();
})();
