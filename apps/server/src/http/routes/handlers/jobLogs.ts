import { ifNoneMatchHits, readJobLogParams } from '@vpo-live/vpo-api';
import { logVersion, readLog } from '../../../logs/readLog.ts';
import { makeEtag } from '../../etag.ts';
import type { RouteRequest, RouteResponse } from '../../routeResponse.ts';
import { searchParamsOf } from '../../searchParamsOf.ts';
import { cacheHeaders, notModified } from '../cachedResponses.ts';
import { readJobId } from '../readJobId.ts';
import { logPathOf, type RouteDeps } from '../routeDeps.ts';

/**
 * `GET /api/jobs/{id}/logs?offset&lines`: a page of complete lines (an unknown job has an empty log), with
 * ETag / 304. A revalidation only stats the file and scans what was appended since the last read.
 */
export async function jobLogs(request: RouteRequest, deps: RouteDeps): Promise<RouteResponse> {
  const id = readJobId(request);
  if (typeof id !== 'string') return id;
  const window = readJobLogParams(searchParamsOf(request.url));
  const path = logPathOf(deps, id);
  const ifNoneMatch = request.headers['if-none-match'];
  if (ifNoneMatch !== undefined) {
    const etag = makeEtag('log', await logVersion(deps.logs, path, window));
    if (ifNoneMatchHits(ifNoneMatch, etag)) return notModified(etag);
  }
  const page = await readLog(deps.logs, path, window);
  return {
    status: 200,
    headers: cacheHeaders(makeEtag('log', page.version)),
    body: {
      job_id: id,
      lines: page.lines,
      total_lines: page.total_lines,
      offset: window.offset,
      has_more: page.has_more,
    },
  };
}
