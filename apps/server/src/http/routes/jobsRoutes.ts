import { statSync } from 'node:fs';
import { join } from 'node:path';
import {
  JOB_LIST_LIMITS,
  isJobId,
  readJobListParams,
  readJobLogParams,
  sinceCutoff,
  toJobDetail,
  toJobListItem,
  type JobListParams,
} from '@vpo-live/vpo-api';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { jobListFilterOf } from '../../db/jobListQuery.ts';
import type { JobReader } from '../../db/jobReader.ts';
import { toJobSeed } from '../../db/toJobSeed.ts';
import type { LogIndexCache } from '../../logs/logIndexCache.ts';
import { logVersion, readLog } from '../../logs/readLog.ts';
import { SERVER_ERRORS, sendApiError } from '../apiError.ts';
import { ifNoneMatchHits, makeEtag } from '../etag.ts';
import type { ResponseCache } from '../responseCache.ts';
import { searchParamsOf } from '../searchParamsOf.ts';
import type { VersionLoader } from '../versionLoader.ts';

/** What the job routes read from. */
export interface JobsRouteDeps {
  readonly reader: JobReader;
  readonly logs: LogIndexCache;
  readonly logsDir: string;
  /** Wall-clock milliseconds (the `since` filters). */
  readonly now: () => number;
  /** Bodies of list and detail responses by ETag. */
  readonly cache: ResponseCache;
  /** The versions the ETags are made of, read once per event-loop turn for all requests. */
  readonly versions: VersionLoader;
}

type IdRequest = FastifyRequest<{ Params: { job_id: string } }>;

/** Headers of every cacheable job GET: revalidate each time, with the ETag. */
function cacheHeaders(reply: FastifyReply, etag: string): FastifyReply {
  return reply.header('etag', etag).header('cache-control', 'no-cache');
}

/**
 * The job id of the path, or null after answering: an empty segment is no route (VPO's router needs one
 * character), anything not a UUID is VPO's 400 INVALID_ID_FORMAT.
 */
function readJobId(request: IdRequest, reply: FastifyReply): string | null {
  const id = request.params.job_id;
  if (id === '') {
    sendApiError(reply, SERVER_ERRORS.routeNotFound());
    return null;
  }
  if (!isJobId(id)) {
    sendApiError(reply, SERVER_ERRORS.invalidJobId());
    return null;
  }
  return id;
}

function sendJson(reply: FastifyReply, etag: string, body: string): FastifyReply {
  return cacheHeaders(reply, etag).type('application/json; charset=utf-8').send(body);
}

function notModified(reply: FastifyReply, etag: string): FastifyReply {
  return cacheHeaders(reply, etag).code(304).send();
}

/**
 * VPO's four job routes under `prefix` (`/api` and `/api/v1`), with ETag / 304 on the three the pages poll.
 * A 304 costs one indexed read of a version (two for `since` lists), shared by all requests of the same
 * event-loop turn — no list query, no serialization; so does a 200 whose body is cached under its ETag.
 * Any other 200 reads its version and its rows in one snapshot, so the ETag never claims newer data than
 * the body holds.
 */
export function registerJobsRoutes(app: FastifyInstance, prefix: string, deps: JobsRouteDeps): void {
  const { reader, logs, logsDir, now, cache, versions } = deps;
  const logPath = (id: string): string => join(logsDir, `${id}.log`);

  app.get(`${prefix}/jobs`, async (request, reply) => {
    const parsed = readJobListParams(searchParamsOf(request.url));
    if (!parsed.ok) return sendApiError(reply, parsed.error);
    const params = parsed.params;
    // The oldest matching created_at stands in for the moving `since` cutoff: same rows, and it changes
    // exactly when a job ages out — so it goes into the ETag and the count cache key.
    const cutoff = params.since === null ? null : sinceCutoff(params.since, now());
    const ifNoneMatch = request.headers['if-none-match'];
    const version = await versions.list(cutoff);
    const etag = listEtag(reader.epoch, version.counter, params, version.createdSince);
    if (ifNoneMatchHits(ifNoneMatch, etag)) return notModified(reply, etag);
    const hit = cache.get(etag);
    if (hit !== undefined) return sendJson(reply, etag, hit);
    // Not cached: the version is read again with the rows in one snapshot, so the ETag never claims newer
    // data than the body holds.
    const result = reader.snapshot(() => {
      const counter = reader.changeCounter();
      const createdSince = cutoff === null ? null : reader.oldestCreatedSince(cutoff);
      const etag = listEtag(reader.epoch, counter, params, createdSince);
      if (ifNoneMatchHits(ifNoneMatch, etag)) return { etag, body: null };
      const cached = cache.get(etag);
      if (cached !== undefined) return { etag, body: cached };
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
      return { etag, body: cache.set(etag, body) };
    });
    if (result.body === null) return notModified(reply, result.etag);
    return sendJson(reply, result.etag, result.body);
  });

  app.get(`${prefix}/jobs/:job_id`, async (request: IdRequest, reply) => {
    const id = readJobId(request, reply);
    if (id === null) return reply;
    const hasLogs = fileExists(logPath(id));
    // A version exists only for an existing job (a delete drops it): one read decides a 304 or a cached body.
    const version = await versions.job(id);
    if (version !== null) {
      const etag = makeEtag('job', reader.epoch, version, hasLogs);
      if (ifNoneMatchHits(request.headers['if-none-match'], etag)) return notModified(reply, etag);
      const hit = cache.get(etag);
      if (hit !== undefined) return sendJson(reply, etag, hit);
    }
    const result = reader.snapshot(() => {
      const version = reader.jobVersion(id);
      const versionTag = version === null ? null : makeEtag('job', reader.epoch, version, hasLogs);
      const cached = versionTag === null ? undefined : cache.get(versionTag);
      if (versionTag !== null && cached !== undefined) return { etag: versionTag, body: cached };
      const row = reader.getJob(id);
      if (row === undefined) return null;
      const etag = versionTag ?? makeEtag('job', reader.epoch, `c${reader.changeCounter()}`, hasLogs);
      return { etag, body: cache.set(etag, JSON.stringify(toJobDetail(toJobSeed(row), hasLogs))) };
    });
    if (result === null) return sendApiError(reply, SERVER_ERRORS.jobNotFound());
    return sendJson(reply, result.etag, result.body);
  });

  app.get(`${prefix}/jobs/:job_id/logs`, async (request: IdRequest, reply) => {
    const id = readJobId(request, reply);
    if (id === null) return reply;
    const window = readJobLogParams(searchParamsOf(request.url));
    const path = logPath(id);
    const ifNoneMatch = request.headers['if-none-match'];
    if (ifNoneMatch !== undefined) {
      const etag = makeEtag('log', await logVersion(logs, path, window));
      if (ifNoneMatchHits(ifNoneMatch, etag)) return notModified(reply, etag);
    }
    const page = await readLog(logs, path, window);
    return cacheHeaders(reply, makeEtag('log', page.version)).send({
      job_id: id,
      lines: page.lines,
      total_lines: page.total_lines,
      offset: window.offset,
      has_more: page.has_more,
    });
  });

  app.get(`${prefix}/jobs/:job_id/errors`, async (request: IdRequest, reply) => {
    const id = readJobId(request, reply);
    if (id === null) return reply;
    const errors = reader.scanErrors(id) ?? [];
    return reply.send({ job_id: id, errors, total_errors: errors.length });
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

/** VPO's `log_file_exists`. Synchronous: a local stat costs microseconds, a thread-pool hop far more. */
function fileExists(path: string): boolean {
  return statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}
