import { DEFAULT_PRIORITY } from '../limits.ts';
import type { JobListItem } from '../schemas.ts';
import { durationSeconds } from '../time/timestamps.ts';
import type { JobSeed } from './jobSeed.ts';

/** The fields of a list item, in VPO's order, then ours ([ext]). */
export const JOB_LIST_ITEM_FIELDS = [
  'id',
  'job_type',
  'status',
  'file_path',
  'progress_percent',
  'created_at',
  'completed_at',
  'duration_seconds',
  'processed_count',
  'total_count',
  'started_at',
] as const;

/**
 * One entry of `GET /api/jobs`'s `jobs` array, exactly as VPO serializes it, plus our [ext] counts and
 * `started_at` (so a list can tell the time a job waited in the queue from the time it ran).
 */
export function toJobListItem(job: JobSeed): JobListItem {
  return {
    id: job.id,
    job_type: job.job_type,
    status: job.status,
    file_path: job.file_path ?? null,
    progress_percent: job.progress_percent ?? 0,
    created_at: job.created_at,
    completed_at: job.completed_at ?? null,
    duration_seconds: durationSeconds(job.created_at, job.completed_at),
    processed_count: job.processed_count ?? null,
    total_count: job.total_count ?? null,
    started_at: job.started_at ?? null,
  };
}

/** The stored priority, or VPO's default. */
export const jobPriority = (job: JobSeed): number => job.priority ?? DEFAULT_PRIORITY;
