import { jobProgress, revealBidiControls, statusLabel } from '@vpo-live/ui';
import type { JobDetail } from '@vpo-live/vpo-api';

/** Longer server strings (a newer server's, or a hostile one) are cut: a tab has room for a few words. */
const LIMIT = 24;
const cut = (text: string) => [...text].slice(0, LIMIT).join('');

/**
 * The tab title of a job, so a background tab tells its story: "45% · scan a1d3246e" while it runs with
 * progress, else its status ("Completed · scan a1d3246e", "Queued · …"). Plain text: bidi controls of a
 * server string are spelled out, never applied.
 *
 * @example jobTitle({ status: 'running', progress_percent: 45, job_type: 'scan', id_short: 'a1d3246e', … }) // '45% · scan a1d3246e'
 */
export function jobTitle(
  job: Pick<JobDetail, 'status' | 'progress_percent' | 'job_type' | 'id_short'> & {
    processed_count?: number | null;
    total_count?: number | null;
  },
): string {
  const progress = jobProgress(job);
  const state =
    job.status === 'running' && progress.kind === 'determinate'
      ? `${progress.percent}%`
      : cut(statusLabel(job.status));
  return revealBidiControls(`${state} · ${cut(job.job_type)} ${cut(job.id_short)}`);
}
