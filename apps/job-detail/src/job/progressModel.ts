import { jobProgress } from '@vpo-live/ui';
import type { JobDetail } from '@vpo-live/vpo-api';
import { fileProgress, fileProgressText } from './fileProgress.ts';

/** What the progress section shows; `null` when it has nothing to say. */
export interface ProgressModel {
  /** "Processing 25 of 100 files", "Waiting to start"…, or null when the bar's percentage says it all. */
  text: string | null;
  /** Whether to draw the bar. */
  bar: boolean;
  /** Rounded percent for the bar, or null for an indeterminate bar. */
  percent: number | null;
}

type ProgressJob = Pick<JobDetail, 'status' | 'progress_percent' | 'summary_raw'> & {
  processed_count?: number | null;
  total_count?: number | null;
};

/**
 * The progress section of a job: file counts from the live fields, else from a scan summary, else the
 * percentage alone; an indeterminate bar for a running job that reports nothing (FR-006..008).
 *
 * @example progressModel({ status: 'running', progress_percent: 25, processed_count: 25, total_count: 100, summary_raw: null })
 * // → { text: 'Processing 25 of 100 files', bar: true, percent: 25 }
 */
export function progressModel(job: ProgressJob): ProgressModel | null {
  if (job.status === 'queued') return { text: 'Waiting to start', bar: false, percent: null };
  const files = fileProgress(job);
  const base = jobProgress(job);
  const percent =
    base.kind === 'determinate'
      ? base.percent
      : files
        ? Math.round((files.processed / files.total) * 100)
        : null;
  const running = job.status === 'running';
  // VPO stores 0 both for "has not moved yet" and "tracks no progress": say only what is known.
  const text = files ? fileProgressText(files, running) : null;
  if (running)
    return {
      text: text ?? (percent === null ? 'Working — no progress reported yet' : null),
      bar: true,
      percent,
    };
  if (percent === null && text === null) return null;
  return { text, bar: percent !== null, percent };
}
