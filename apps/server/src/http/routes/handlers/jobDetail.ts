import { statSync } from 'node:fs';
import { ifNoneMatchHits, toJobDetail } from '@vpo-live/vpo-api';
import { toJobSeed } from '../../../db/toJobSeed.ts';
import { SERVER_ERRORS, errorResponse } from '../../apiError.ts';
import { makeEtag } from '../../etag.ts';
import type { RouteRequest, RouteResponse } from '../../routeResponse.ts';
import { cachedJson, notModified } from '../cachedResponses.ts';
import { readJobId } from '../readJobId.ts';
import { logPathOf, type RouteDeps } from '../routeDeps.ts';

/**
 * `GET /api/jobs/{id}`: 400 INVALID_ID_FORMAT, 404 NOT_FOUND, else the detail with ETag / 304. A version
 * exists only for an existing job (a delete drops it): one read decides a 304 or a cached body.
 */
export async function jobDetail(request: RouteRequest, deps: RouteDeps): Promise<RouteResponse> {
  const id = readJobId(request);
  if (typeof id !== 'string') return id;
  const { reader, cache, versions } = deps;
  const hasLogs = fileExists(logPathOf(deps, id));
  const version = await versions.job(id);
  if (version !== null) {
    const etag = makeEtag('job', reader.epoch, version, hasLogs);
    if (ifNoneMatchHits(request.headers['if-none-match'], etag)) return notModified(etag);
    const hit = cache.get(etag);
    if (hit !== undefined) return cachedJson(etag, hit);
  }
  return reader.snapshot(() => {
    const version = reader.jobVersion(id);
    const versionTag = version === null ? null : makeEtag('job', reader.epoch, version, hasLogs);
    const cached = versionTag === null ? undefined : cache.get(versionTag);
    if (versionTag !== null && cached !== undefined) return cachedJson(versionTag, cached);
    const row = reader.getJob(id);
    if (row === undefined) return errorResponse(SERVER_ERRORS.jobNotFound());
    const etag = versionTag ?? makeEtag('job', reader.epoch, `c${reader.changeCounter()}`, hasLogs);
    return cachedJson(etag, cache.set(etag, JSON.stringify(toJobDetail(toJobSeed(row), hasLogs))));
  });
}

/** VPO's `log_file_exists`. Synchronous: a local stat costs microseconds, a thread-pool hop far more. */
function fileExists(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}
