import { durationSeconds, formatTimestamp } from './timestamps.ts';

/** The timestamps a job's two spans are read from (`started_at` may be absent: an [ext] of list items). */
export interface JobTimestamps {
  status: string;
  created_at: string;
  started_at?: string | null;
  completed_at: string | null;
}

/** Whole seconds from `from` to `to` (or to `now`), never negative (the browser's clock may be behind). */
function span(from: string | null | undefined, to: string | null | undefined, now: number): number | null {
  const seconds = durationSeconds(from, to ?? formatTimestamp(now));
  return seconds === null ? null : Math.max(0, seconds);
}

/**
 * How long a job ran: started → completed, or started → `now` while it runs; `null` when it never started.
 * Not VPO's `duration_seconds`, which counts from creation and so includes the time spent queued.
 *
 * @example runSeconds({ status: 'running', created_at: c, started_at: '2026-02-01T10:00:00Z', completed_at: null }, Date.parse('2026-02-01T10:00:20Z')) // 20
 */
export function runSeconds(job: JobTimestamps, now: number): number | null {
  if (!job.started_at) return null;
  if (job.completed_at) return span(job.started_at, job.completed_at, now);
  return job.status === 'running' ? span(job.started_at, null, now) : null;
}

/**
 * How long a job waited in the queue: created → started; while still queued, created → `now`; a job that
 * finished without starting (cancelled while queued) waited until it finished.
 *
 * @example queueSeconds({ status: 'queued', created_at: '2026-02-01T10:00:00Z', started_at: null, completed_at: null }, Date.parse('2026-02-01T10:02:00Z')) // 120
 */
export function queueSeconds(job: JobTimestamps, now: number): number | null {
  if (job.started_at) return span(job.created_at, job.started_at, now);
  if (job.completed_at) return span(job.created_at, job.completed_at, now);
  return job.status === 'queued' ? span(job.created_at, null, now) : null;
}
