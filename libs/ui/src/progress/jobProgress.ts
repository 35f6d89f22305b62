import { roundPercent } from '../format/formatPercent.ts';

/** What a progress cell shows for one job. */
export type JobProgress =
  { kind: 'none' } | { kind: 'indeterminate' } | { kind: 'determinate'; percent: number };

/** The job fields progress is derived from (list items and details both have them). */
export interface ProgressFields {
  status: string;
  progress_percent: number | null;
  processed_count?: number | null;
  total_count?: number | null;
}

/**
 * Decides how to show a job's progress. VPO reports `0.0` for jobs that do not track progress, so a running
 * job at 0 % with no file counts is shown as indeterminate (FR-008); file counts ([ext]) make it determinate.
 * Queued jobs show nothing; completed ones show 100 %; failed and cancelled keep the last value they reached.
 *
 * @example jobProgress({ status: 'running', progress_percent: 45.2 }) // { kind: 'determinate', percent: 45 }
 */
export function jobProgress(job: ProgressFields): JobProgress {
  const percent = roundPercent(job.progress_percent);
  const hasPercent = percent != null && (job.progress_percent ?? 0) > 0;
  switch (job.status) {
    case 'queued':
      return { kind: 'none' };
    case 'completed':
      return { kind: 'determinate', percent: 100 };
    case 'running': {
      if (hasPercent) return { kind: 'determinate', percent };
      const total = job.total_count ?? 0;
      if (total > 0) {
        const fromCounts = roundPercent(((job.processed_count ?? 0) / total) * 100);
        return { kind: 'determinate', percent: fromCounts ?? 0 };
      }
      return { kind: 'indeterminate' };
    }
    default:
      return hasPercent ? { kind: 'determinate', percent } : { kind: 'none' };
  }
}

/** The bar colour for a job status: finished work, work that stopped short, or moving work. */
export function progressTone(status: string): 'active' | 'done' | 'stopped' {
  if (status === 'completed') return 'done';
  if (status === 'failed' || status === 'cancelled') return 'stopped';
  return 'active';
}
