import type { JobSeed } from '../jobs/jobSeed.ts';
import { asciiLower, compareBinary } from '../python/pyText.ts';
import { sinceCutoff, type JobListParams } from '../request/readJobListParams.ts';
import { parseTimestampMicros } from '../time/timestamps.ts';

type Key = string | number | null;

/** SQLite's ORDER BY: NULLs first ascending, last descending; text by BINARY collation. */
function compareKeys(a: Key, b: Key): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1;
  return compareBinary(String(a), String(b));
}

function durationKey(job: JobSeed): Key {
  const start = parseTimestampMicros(job.created_at);
  const end = job.completed_at ? parseTimestampMicros(job.completed_at) : null;
  return start === null || end === null ? null : end - start;
}

function sortKey(job: JobSeed, field: JobListParams['sort']): Key {
  switch (field) {
    case 'job_type':
      return job.job_type;
    case 'status':
      return job.status;
    case 'file_path':
      return job.file_path ?? null;
    case 'duration':
      return durationKey(job);
    default:
      return job.created_at;
  }
}

/**
 * VPO's `get_jobs_filtered` over rows in memory: equality filters, `created_at >= cutoff` compared as text,
 * a literal case-insensitive (ASCII) substring search on file_path, the ORDER BY rules (duration puts
 * unfinished jobs last in both orders), then LIMIT/OFFSET. Ties keep insertion order.
 */
export function queryJobs(
  rows: readonly JobSeed[],
  params: JobListParams,
  now: number,
): { jobs: JobSeed[]; total: number } {
  const cutoff = params.since ? sinceCutoff(params.since, now) : null;
  const needle = params.search === null ? null : asciiLower(params.search);
  const matching = rows.filter(
    (job) =>
      (params.status === null || job.status === params.status) &&
      (params.type === null || job.job_type === params.type) &&
      (cutoff === null || compareBinary(job.created_at, cutoff) >= 0) &&
      (needle === null || (job.file_path != null && asciiLower(job.file_path).includes(needle))),
  );
  const direction = params.order === 'asc' ? 1 : -1;
  const sorted = [...matching].sort((a, b) => {
    if (params.sort === 'duration') {
      const unfinished = Number(a.completed_at == null) - Number(b.completed_at == null);
      if (unfinished !== 0) return unfinished;
    }
    return direction * compareKeys(sortKey(a, params.sort), sortKey(b, params.sort));
  });
  return { jobs: sorted.slice(params.offset, params.offset + params.limit), total: matching.length };
}
