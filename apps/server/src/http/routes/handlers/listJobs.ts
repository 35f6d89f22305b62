import {
  ifNoneMatchHits,
  JOB_LIST_LIMITS,
  readJobListParams,
  sinceCutoff,
  toJobListItem,
  type JobListParams,
} from '@vpo-live/vpo-api';
import { jobListFilterOf } from '../../../db/jobListSql.ts';
import { toJobSeed } from '../../../db/toJobSeed.ts';
import { errorResponse } from '../../apiError.ts';
import { makeEtag } from '../../etag.ts';
import type { RouteRequest, RouteResponse } from '../../routeResponse.ts';
import { searchParamsOf } from '../../searchParamsOf.ts';
import { cachedJson, notModified } from '../cachedResponses.ts';
import type { RouteDeps } from '../routeDeps.ts';

/**
 * `GET /api/jobs`: VPO's filters, sort and page, with ETag / 304. A 304 costs one indexed read of a version
 * (two for `since` lists), shared by all requests of the same event-loop turn — no list query, no
 * serialization; so does a 200 whose body is cached under its ETag. Any other 200 reads its version and its
 * rows in one snapshot, so the ETag never claims newer data than the body holds.
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
  // Not cached: the version is read again with the rows in one snapshot.
  return reader.snapshot(() => {
    const counter = reader.changeCounter();
    const createdSince = cutoff === null ? null : reader.oldestCreatedSince(cutoff);
    const etag = listEtag(reader.epoch, counter, params, createdSince);
    if (ifNoneMatchHits(ifNoneMatch, etag)) return notModified(etag);
    const cached = cache.get(etag);
    if (cached !== undefined) return cachedJson(etag, cached);
    const page =
      cutoff !== null && createdSince === null
        ? { rows: [], total: 0 }
        : reader.listPage(jobListFilterOf(params, createdSince));
    const body = JSON.stringify({
      jobs: page.rows.map((row) => toJobListItem(toJobSeed(row))),
      total: page.total,
      limit: params.limit,
      offset: params.offset,
      has_filters: params.hasFilters,
      max_page_size: JOB_LIST_LIMITS.maxLimit,
    });
    return cachedJson(etag, cache.set(etag, body));
  });
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
