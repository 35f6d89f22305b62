import type { JobDetail } from '../schemas.ts';
import { summarizeJob } from '../summary/summarizeJob.ts';
import { durationSeconds } from '../time/timestamps.ts';
import type { JobSeed } from './jobSeed.ts';
import { jobPriority } from './toJobListItem.ts';

/** The fields of `GET /api/jobs/{id}`, in VPO's order, then ours ([ext]). */
export const JOB_DETAIL_FIELDS = [
  'id',
  'id_short',
  'job_type',
  'status',
  'priority',
  'file_path',
  'policy_name',
  'created_at',
  'started_at',
  'completed_at',
  'duration_seconds',
  'progress_percent',
  'error_message',
  'output_path',
  'summary',
  'summary_raw',
  'has_logs',
  'has_scan_errors',
  'processed_count',
  'total_count',
] as const;

/**
 * VPO's `has_scan_errors`: a scan job whose summary counts errors. (Where VPO would crash on a non-numeric
 * `errors`, this answers false.)
 */
export function hasScanErrors(job: Pick<JobSeed, 'job_type' | 'summary_raw'>): boolean {
  if (job.job_type !== 'scan' || !job.summary_raw) return false;
  const errors = Object.hasOwn(job.summary_raw, 'errors') ? job.summary_raw['errors'] : 0;
  return (typeof errors === 'number' && errors > 0) || errors === true;
}

/**
 * The body of `GET /api/jobs/{id}`, field for field and in VPO's order.
 * @param hasLogs whether the job has a log (VPO: the log file exists)
 */
export function toJobDetail(job: JobSeed, hasLogs: boolean): JobDetail {
  const summaryRaw = job.summary_raw ?? null;
  return {
    id: job.id,
    id_short: job.id.slice(0, 8),
    job_type: job.job_type,
    status: job.status,
    priority: jobPriority(job),
    file_path: job.file_path ?? null,
    policy_name: job.policy_name ?? null,
    created_at: job.created_at,
    started_at: job.started_at ?? null,
    completed_at: job.completed_at ?? null,
    duration_seconds: durationSeconds(job.created_at, job.completed_at),
    progress_percent: job.progress_percent ?? 0,
    error_message: job.error_message ?? null,
    output_path: job.output_path ?? null,
    summary: summarizeJob(job.job_type, summaryRaw),
    summary_raw: summaryRaw,
    has_logs: hasLogs,
    has_scan_errors: hasScanErrors(job),
    processed_count: job.processed_count ?? null,
    total_count: job.total_count ?? null,
  };
}
