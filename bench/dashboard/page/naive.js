// The baseline the dashboard is compared with: fetch the same page of jobs and rebuild the whole <tbody>
// from an HTML string, as VPO's original jobs.js did. Same cells and markup as the live table.
(() => {
  const escape = (value) =>
    String(value ?? '').replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
    );
  const known = ['queued', 'running', 'completed', 'failed', 'cancelled'];
  const label = (s) => s.charAt(0).toUpperCase() + s.slice(1);
  const progress = (job) => {
    if (job.status === 'queued') return '<span class="jobs-muted">—</span>';
    const pct = job.status === 'completed' ? 100 : Math.round(job.progress_percent);
    if (job.status === 'running' && !job.progress_percent) {
      return '<div class="vpo-progress vpo-progress--indeterminate" role="progressbar" aria-valuemin="0" aria-valuemax="100"><span class="vpo-progress__track"><span class="vpo-progress__fill"></span></span></div>';
    }
    return `<div class="vpo-progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${pct}"><span class="vpo-progress__track"><span class="vpo-progress__fill"></span></span><span class="vpo-progress__text">${pct}%</span></div>`;
  };
  const row = (job) => {
    const tone = known.includes(job.status) ? job.status : 'unknown';
    const created = new Date(job.created_at);
    return `<tr data-job-id="${escape(job.id)}"><td><a href="/jobs/${escape(job.id)}" title="${escape(job.id)}">${escape(job.id.slice(0, 8))}</a></td><td>${escape(label(job.job_type))}</td><td><span class="vpo-badge vpo-badge--${tone}" data-status="${escape(job.status)}">${escape(label(job.status))}</span></td><td title="${escape(job.file_path)}">${escape(job.file_path)}</td><td>${progress(job)}</td><td><time datetime="${created.toISOString()}"><span>${escape(created.toLocaleString())}</span> <span>${escape('3 min ago')}</span></time></td><td>${job.duration_seconds == null ? '—' : `${job.duration_seconds} s`}</td></tr>`;
  };
  const tbody = document.querySelector('#naive tbody');
  window.naivePoll = async () => {
    const response = await fetch('/api/jobs?limit=100');
    const data = await response.json();
    // Bar widths are left out (they would need one CSSOM write per row under CSP): this keeps the baseline's
    // mutation count conservative.
    const start = performance.now();
    tbody.innerHTML = data.jobs.map(row).join('');
    performance.measure('jobs-dashboard:update', { start, end: performance.now() });
  };
})();
