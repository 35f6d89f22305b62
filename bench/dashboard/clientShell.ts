/**
 * The static part of the live dashboard's page that a poll touches (toolbar, live region, table, pagination
 * above and below it, as the dashboard has), for the two hand-written clients; the live dashboard renders its
 * own.
 */
export const clientShell = (id: string) => `<div class="vpo-mfe" id="${id}"><div class="jobs-toolbar">
<span role="status" aria-live="polite" class="connection-status connection-status--connected" data-state="connected">Live</span>
<span class="vpo-updated"><span class="vpo-updated__text">Not updated yet</span></span><button type="button" class="vpo-button vpo-refresh" aria-busy="false">
<span class="vpo-spinner" aria-hidden="true">↻</span>Refresh</button></div>
<div class="vpo-visually-hidden" aria-live="polite" aria-atomic="true"></div>
<nav class="jobs-pagination" aria-label="Pages, above the table"><span class="jobs-pagination__info">Page 1</span></nav>
<div class="jobs-table-wrap"><table class="jobs-table" aria-label="Jobs" aria-busy="false"><thead><tr><th>ID</th><th>Type</th>
<th>Status</th><th>File</th><th>Progress</th><th>Created</th><th>Waited / ran</th><th>Total</th></tr></thead><tbody></tbody></table></div>
<nav class="jobs-pagination" aria-label="Pages"><span class="jobs-pagination__info">Page 1</span></nav></div>`;
