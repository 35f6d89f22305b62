import type { JobStatus } from '../../enums.ts';
import type { JobSeed } from '../../jobs/jobSeed.ts';
import { contractId } from './contractContext.ts';

/** The id of the actions data set's job in `status` (one job per status). */
export const A = (status: JobStatus): string => contractId(0x900 + ACTION_STATUSES.indexOf(status));

const ACTION_STATUSES: readonly JobStatus[] = ['queued', 'running', 'completed', 'failed', 'cancelled'];

/** One job per status, with the fields a retry must clear and a log a delete must remove. */
export const ACTION_JOBS: JobSeed[] = ACTION_STATUSES.map((status, n) => ({
  id: A(status),
  job_type: 'transcode',
  status,
  file_path: `/media/actions/${status}.mkv`,
  created_at: `2026-02-0${n + 1}T10:00:00.000000+00:00`,
  started_at: status === 'queued' ? null : `2026-02-0${n + 1}T10:00:05.000000+00:00`,
  completed_at: ['completed', 'failed', 'cancelled'].includes(status)
    ? `2026-02-0${n + 1}T10:05:00.000000+00:00`
    : null,
  progress_percent: status === 'completed' ? 100 : status === 'queued' ? 0 : 40,
  error_message: status === 'failed' ? 'Encoder crashed' : null,
}));

export const ACTION_LOGS: Record<string, string[]> = Object.fromEntries(
  ACTION_JOBS.map((job) => [job.id, [`2026-02-01T10:00:05.000000+00:00 INFO start ${job.status}`]]),
);
