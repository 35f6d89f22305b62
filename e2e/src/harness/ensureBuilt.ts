import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, REPO_ROOT } from './paths.ts';

const PACKAGES = { jobsDashboard: '@vpo-live/jobs-dashboard', jobDetail: '@vpo-live/job-detail' } as const;

/**
 * Builds a micro-frontend when its outputs (`remoteEntry.js` and `mount.js`) are missing, so the suite also
 * runs outside Nx (whose e2e target builds them first). Never rebuilds an existing build.
 */
export function ensureBuilt(app: keyof typeof DIST): void {
  const dist = DIST[app];
  if (existsSync(join(dist, 'remoteEntry.js')) && existsSync(join(dist, 'mount.js'))) return;
  const built = spawnSync('npm', ['run', 'build', '-w', PACKAGES[app]], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`building ${PACKAGES[app]} failed`);
}
