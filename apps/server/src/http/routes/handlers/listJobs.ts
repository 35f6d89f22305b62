import { ifNoneMatchHits, readJobListParams, sinceCutoff, type JobListParams } from '@vpo-live/vpo-api';
import { QueryTimeoutError } from '../../../queries/queryTimeoutError.ts';
import type { ListBody } from '../../../queries/readListBody.ts';
import { SERVER_ERRORS, errorResponse } from '../../apiError.ts';
import { makeEtag } from '../../etag.ts';
import type { RouteRequest, RouteResponse } from '../../routeResponse.ts';
import { searchParamsOf } from '../../searchParamsOf.ts';
import { cachedJson, notModified } from '../cachedResponses.ts';
import type { RouteDeps } from '../routeDeps.ts';

/**
 * `GET /api/jobs`: VPO's filters, sort and page, with ETag / 304. A 304 costs one indexed read of a version
 * (two for `since` lists), shared by all requests of the same event-loop turn — no list query, no
 * serialization; so does a 200 whose body is cached under its ETag. Both are answered here, on the event
 * loop. Any other 200 is read by the list queries (worker threads): version, rows and total in one snapshot,
 * so the ETag never claims newer data than the body holds. A query past the timeout → 503 QUERY_TIMEOUT.
 */
export async function listJobs(request: RouteRequest, deps: RouteDeps): Promise<RouteResponse> {
  const { reader, cache, versions } = deps;
  const parsed = readJobListParams(searchParamsOf(request.url));
  if (!parsed.ok) return errorResponse(parsed.error);
  const params = parsed.params;
  // The oldest matching created_at stands in for the moving `since` cutoff: same rows, and it changes
  // exactly when a job ages out — so it goes into the ETag and the count cache key.
  const cutoff = params.since === null ? null : sinceCutoff(params.since, deps.now());
  const ifNoneMatch = request.headers['if-none-match'];
  const version = await versions.list(cutoff);
  const etag = listEtag(reader.epoch, version.counter, params, version.createdSince);
  if (ifNoneMatchHits(ifNoneMatch, etag)) return notModified(etag);
  const hit = cache.get(etag);
  if (hit !== undefined) return cachedJson(etag, hit);
  let fresh: ListBody;
  try {
    fresh = await deps.listsInFlight.share(etag, () => deps.lists.listBody({ params, cutoff }));
  } catch (error) {
    if (error instanceof QueryTimeoutError) return errorResponse(SERVER_ERRORS.queryTimeout());
    throw error;
  }
  // The tag of the snapshot the body was read in (at least as new as the one read above).
  const freshTag = listEtag(reader.epoch, fresh.counter, params, fresh.createdSince);
  if (ifNoneMatchHits(ifNoneMatch, freshTag)) return notModified(freshTag);
  return cachedJson(freshTag, cache.set(freshTag, fresh.body));
}

function listEtag(
  epoch: string,
  counter: number,
  params: JobListParams,
  createdSince: string | null,
): string {
  return makeEtag(
    'list',
    epoch,
    counter,
    params.status,
    params.type,
    params.since,
    createdSince,
    params.search,
    params.sort,
    params.order,
    params.limit,
    params.offset,
  );
}
