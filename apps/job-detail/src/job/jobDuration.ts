import { durationSeconds, formatTimestamp, type JobDetail } from '@vpo-live/vpo-api';

/**
 * How long a job has taken, in seconds, measured by the contract's `durationSeconds` — VPO's
 * `duration_seconds` rule (completed − created, truncated) — so the ticking value of a running job does not
 * jump when the server's final figure arrives. The server's figure wins when present; a running job counts
 * up to `now`; otherwise `null`.
 *
 * @example jobDurationSeconds({ status: 'running', created_at: '2026-02-01T10:00:00Z', … }, Date.parse('2026-02-01T10:01:05Z')) // 65
 */
export function jobDurationSeconds(
  job: Pick<JobDetail, 'status' | 'created_at' | 'completed_at' | 'duration_seconds'>,
  now: number,
): number | null {
  if (typeof job.duration_seconds === 'number' && Number.isFinite(job.duration_seconds)) {
    return Math.max(0, job.duration_seconds);
  }
  const until = job.completed_at ?? (job.status === 'running' ? formatTimestamp(now) : null);
  const seconds = durationSeconds(job.created_at, until);
  return seconds === null ? null : Math.max(0, seconds);
}
