import { fileURLToPath } from 'node:url';

/** The repository root (…/e2e/src/harness → …). */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The server's CLI entry point. */
export const SERVER_BIN = fileURLToPath(new URL('../../../apps/server/bin/vpo-live.js', import.meta.url));

/** Where each micro-frontend's build lands; the e2e target builds them first. */
export const DIST = {
  jobsDashboard: fileURLToPath(new URL('../../../apps/jobs-dashboard/dist/', import.meta.url)),
  jobDetail: fileURLToPath(new URL('../../../apps/job-detail/dist/', import.meta.url)),
} as const;

/** Scratch output of a run (traces, failure screenshots); ignored by git and lint. */
export const ARTIFACT_DIR = fileURLToPath(new URL('../../artifacts/', import.meta.url));

/** The README's screenshots, committed. */
export const README_SCREENSHOT_DIR = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

/**
 * Where the suite writes its screenshots. A test run must leave the checkout clean, so by default they go
 * to `artifacts/screenshots/` (ignored); `npm run screenshots` sets VPO_LIVE_UPDATE_SCREENSHOTS=1 to refresh
 * the README's.
 */
export const SCREENSHOT_DIR =
  process.env.VPO_LIVE_UPDATE_SCREENSHOTS === '1'
    ? README_SCREENSHOT_DIR
    : fileURLToPath(new URL('../../artifacts/screenshots/', import.meta.url));
