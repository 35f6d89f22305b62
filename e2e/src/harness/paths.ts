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

/** Screenshots that document the UI are committed here. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../../docs/screenshots/', import.meta.url));

/** Scratch output of a run (traces, failure screenshots); ignored by lint. */
export const ARTIFACT_DIR = fileURLToPath(new URL('../../artifacts/', import.meta.url));
