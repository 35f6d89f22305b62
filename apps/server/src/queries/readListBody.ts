import { JOB_LIST_LIMITS, toJobListItem, type JobListParams } from '@vpo-live/vpo-api';
import { jobListFilterOf } from '../db/jobListSql.ts';
import type { JobReader } from '../db/jobReader.ts';
import { toJobSeed } from '../db/toJobSeed.ts';

/** One `GET /api/jobs` to answer: the parsed parameters and, for `since`, the cutoff at arrival. */
export interface ListBodyRequest {
  readonly params: JobListParams;
  readonly cutoff: string | null;
}

/** A list response body and the versions its ETag is made of, all read in one snapshot. */
export interface ListBody {
  /** The change counter the rows were read at. */
  readonly counter: number;
  /** For a `since` list: the oldest matching created_at (the ETag's stand-in for the moving cutoff). */
  readonly createdSince: string | null;
  /** The serialized JSON body. */
  readonly body: string;
}

/**
 * Reads a list response: the version, the page and its total in one snapshot, serialized — so the ETag
 * built from `counter` never claims newer data than `body` holds. Runs in a query worker (or, without
 * workers, on the event loop); plain data in, plain data out.
 *
 * @example readListBody(reader, { params, cutoff: null }).body // '{"jobs":[…],"total":…}'
 */
export function readListBody(reader: JobReader, { params, cutoff }: ListBodyRequest): ListBody {
  return reader.snapshot(() => {
    const counter = reader.changeCounter();
    const createdSince = cutoff === null ? null : reader.oldestCreatedSince(cutoff);
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
    return { counter, createdSince, body };
  });
}
