import { parseTimestamp } from '@vpo-live/ui';
import type { JobDetail } from '@vpo-live/vpo-api';

/**
 * How long a job has taken, in seconds, measured as VPO measures `duration_seconds` (completed − created),
 * so the ticking value of a running job does not jump when the server's final figure arrives. The server's
 * figure wins when present; a running job counts up to `now`; otherwise `null`.
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
  const created = parseTimestamp(job.created_at);
  if (created === null) return null;
  const completed = parseTimestamp(job.completed_at);
  if (completed !== null) return Math.max(0, Math.floor((completed - created) / 1000));
  if (job.status === 'running') return Math.max(0, Math.floor((now - created) / 1000));
  return null;
}
