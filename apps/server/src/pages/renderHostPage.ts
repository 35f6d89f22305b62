import { CSRF_META_NAME, type PollingSettings } from '@vpo-live/vpo-api';
import { escapeHtml } from './escapeHtml.ts';
import { mfeUrlPrefix, MOUNT_FILE, type MfeApp } from './mfeApps.ts';

/** Navigation entries of every host page. */
const NAV_ITEMS = [
  { id: 'jobs', path: '/jobs', label: 'Jobs' },
  { id: 'statechart', path: '/debug/statechart', label: 'Statechart' },
] as const;
export type NavId = (typeof NAV_ITEMS)[number]['id'];

/** Where a page's micro-frontend comes from, and whether its build exists. */
export interface PageMount {
  readonly app: MfeApp;
  /** The `jobId` prop and `data-job-id` attribute of the detail page. */
  readonly jobId?: string;
  /** False when `dist/mount.js` is missing: the page then explains how to build it. */
  readonly built: boolean;
  /** The missing file, as shown in the notice. */
  readonly expectedFile: string;
}

/** What one host page shows. */
export interface HostPageOptions {
  readonly title: string;
  readonly nav: NavId;
  readonly polling: Readonly<PollingSettings>;
  /** Either a micro-frontend to mount, or static HTML content (already escaped) such as an error. */
  readonly mount?: PageMount;
  readonly contentHtml?: string;
  /** API base handed to `mount()` as a prop. */
  readonly apiBase?: string;
  /**
   * [ext] This browser's CSRF token: VPO's `<meta name="csrf-token">`, and `<body data-job-actions="true">`
   * telling the remotes they may offer cancel, retry and delete. Without it the page offers none.
   */
  readonly csrfToken?: string;
}

/** The stylesheet and bootstrap script of every host page (static files: the CSP allows no inline code). */
export const HOST_ASSETS = {
  stylesheet: '/static/host.css',
  bootstrap: '/static/host-bootstrap.js',
  theme: '/static/host-theme.js',
} as const;

function renderNav(active: NavId): string {
  const items = NAV_ITEMS.map((item) => {
    const current = item.id === active;
    const attrs = current ? ' class="nav-link active" aria-current="page"' : ' class="nav-link"';
    return `<li class="nav-item"><a href="${escapeHtml(item.path)}"${attrs}>${escapeHtml(item.label)}</a></li>`;
  });
  return `<nav class="sidebar" aria-label="Main navigation">
<div class="sidebar-header"><p class="logo">VPO</p></div>
<ul class="nav-list">${items.join('')}</ul>
</nav>`;
}

function renderMount(mount: PageMount, apiBase: string): string {
  const { app } = mount;
  const jobAttr = mount.jobId === undefined ? '' : ` data-job-id="${escapeHtml(mount.jobId)}"`;
  if (!mount.built) {
    return `<div id="${escapeHtml(app.rootId)}" class="mfe-missing" role="alert"${jobAttr}>
<p><strong>The ${escapeHtml(app.label)} is not built yet.</strong> Its module <code>${escapeHtml(mount.expectedFile)}</code> was not found.</p>
<p>Build it with <code>npx nx run ${escapeHtml(app.packageName)}:build</code> (or <code>npm run build</code> in <code>apps/${escapeHtml(app.name)}</code>), then reload this page.</p>
</div>`;
  }
  const src = `${mfeUrlPrefix(app)}${MOUNT_FILE}`;
  return `<div id="${escapeHtml(app.rootId)}" data-mfe-src="${escapeHtml(src)}" data-api-base="${escapeHtml(apiBase)}"${jobAttr}></div>`;
}

/**
 * A host page in VPO's layout: `<body data-polling-*>` from server config, a header with VPO's connection
 * indicator, the navigation, and the micro-frontend's mount element (or a notice when it is not built).
 * Every interpolated value is escaped; there is no inline script or style.
 */
export function renderHostPage(options: HostPageOptions): string {
  const { polling } = options;
  const body =
    options.mount !== undefined
      ? renderMount(options.mount, options.apiBase ?? '/api')
      : (options.contentHtml ?? '');
  const script =
    options.mount?.built === true ? `\n<script type="module" src="${HOST_ASSETS.bootstrap}"></script>` : '';
  const token = options.csrfToken;
  const csrfMeta =
    token === undefined ? '' : `\n<meta name="${CSRF_META_NAME}" content="${escapeHtml(token)}">`;
  const actionsAttr = token === undefined ? '' : ' data-job-actions="true"';
  // VPO's header indicator, only where a remote keeps it true (the dashboard, a job): empty until it says
  // what it knows, never "Live" on an error page or before anything was asked.
  const indicator =
    options.mount?.built === true && options.mount.app.drivesIndicator
      ? '\n<span id="connection-status" class="connection-status" role="status" aria-live="polite" data-state="idle"></span>'
      : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${csrfMeta}
<title>${escapeHtml(options.title)} - VPO</title>
<link rel="stylesheet" href="${HOST_ASSETS.stylesheet}">
<script src="${HOST_ASSETS.theme}"></script>${script}
</head>
<body data-polling-interval="${escapeHtml(polling.interval)}" data-polling-enabled="${escapeHtml(polling.enabled)}" data-polling-log-interval="${escapeHtml(polling.logInterval)}"${actionsAttr}>
<a class="skip-link" href="#main-content">Skip to content</a>
<div class="app-shell">
${renderNav(options.nav)}
<main class="content">
<header class="content-header">
<h1>${escapeHtml(options.title)}</h1>${indicator}
<button type="button" id="theme-toggle" class="theme-toggle" hidden>Theme: system</button>
</header>
<div class="content-body" id="main-content" tabindex="-1">
${body}
</div>
</main>
</div>
</body>
</html>
`;
}
