import { readFileSync } from 'node:fs';
import { formatTimestamp } from '@vpo-live/vpo-api';
import type { JobHealthCounts } from '../../../db/jobReader.ts';
import type { RouteResponse } from '../../routeResponse.ts';
import type { RouteDeps } from '../routeDeps.ts';

const SERVER_VERSION: string = (() => {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../../../../package.json', import.meta.url), 'utf8')) as {
      version?: unknown;
    };
    return typeof pkg.version === 'string' ? pkg.version : 'unknown';
  } catch {
    return 'unknown';
  }
})();

const EMPTY_COUNTS: JobHealthCounts = {
  jobs_queued: 0,
  jobs_running: 0,
  active_workers: 0,
  recent_errors: 0,
};

/**
 * VPO's health check: 200 `healthy` with queue figures; 503 `degraded` when the database cannot be read,
 * `unhealthy` while shutting down. Open without credentials and never rate limited (see the guards).
 */
export function health(_request: unknown, deps: RouteDeps): RouteResponse {
  let counts = EMPTY_COUNTS;
  let connected = true;
  try {
    counts = deps.reader.healthCounts(formatTimestamp(deps.now() - 24 * 3600_000));
  } catch {
    connected = false;
  }
  const shuttingDown = deps.isShuttingDown();
  const status = shuttingDown ? 'unhealthy' : connected ? 'healthy' : 'degraded';
  return {
    status: status === 'healthy' ? 200 : 503,
    body: {
      status,
      database: connected ? 'connected' : 'disconnected',
      uptime_seconds: Math.round((deps.now() - deps.startedAt) / 100) / 10,
      version: SERVER_VERSION,
      shutting_down: shuttingDown,
      ...counts,
    },
  };
}
