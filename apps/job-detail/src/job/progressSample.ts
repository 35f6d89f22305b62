import type { JobDetail } from '@vpo-live/vpo-api';
import { fileProgress } from './fileProgress.ts';
import type { ProgressSample } from './rateEstimate.ts';

type SampledJob = Pick<JobDetail, 'status' | 'progress_percent' | 'summary_raw'> & {
  processed_count?: number | null;
  total_count?: number | null;
};

/**
 * What a running job has done, for the rate: its files when it counts them, else its percentage; `null`
 * when it is not running or reports nothing.
 *
 * @example progressSample({ status: 'running', processed_count: 42, total_count: 100, … }) // { done: 42, total: 100, unit: 'files' }
 */
export function progressSample(job: SampledJob): Omit<ProgressSample, 'at'> | null {
  if (job.status !== 'running') return null;
  const files = fileProgress(job);
  if (files) return { done: files.processed, total: files.total, unit: 'files' };
  // The raw figure, not the rounded one the bar shows: a slow job moves less than 1 % between polls.
  const percent = job.progress_percent;
  // VPO sends 0.0 for jobs that report no progress, so 0 says nothing.
  if (typeof percent !== 'number' || !Number.isFinite(percent) || percent <= 0) return null;
  return { done: Math.min(percent, 100), total: 100, unit: 'percent' };
}

/** Same progress: a poll that brings these again moves no estimate. */
export const sameProgress = (a: Omit<ProgressSample, 'at'> | null, b: Omit<ProgressSample, 'at'> | null) =>
  a === b || (a !== null && b !== null && a.done === b.done && a.total === b.total && a.unit === b.unit);
