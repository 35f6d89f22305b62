import type { JobDetail } from '@vpo-live/vpo-api';

/** Files done and files in all, with where the numbers came from. */
export interface FileProgress {
  processed: number;
  total: number;
  source: 'counts' | 'summary';
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

/**
 * "X of Y files" for a job: the live `processed_count`/`total_count` when the server sends them ([ext]),
 * else a scan summary's `scanned`/`total_discovered`, else `null` (the caller shows the percentage alone).
 * A total of 0 says nothing about progress, so it counts as unknown.
 *
 * @example fileProgress({ ...job, processed_count: 25, total_count: 100 }) // { processed: 25, total: 100, source: 'counts' }
 */
export function fileProgress(
  job: Pick<JobDetail, 'summary_raw'> & { processed_count?: number | null; total_count?: number | null },
): FileProgress | null {
  if (isCount(job.total_count) && job.total_count > 0 && isCount(job.processed_count)) {
    return {
      processed: Math.min(job.processed_count, job.total_count),
      total: job.total_count,
      source: 'counts',
    };
  }
  const raw = job.summary_raw;
  if (raw && isCount(raw.total_discovered) && raw.total_discovered > 0 && isCount(raw.scanned)) {
    return {
      processed: Math.min(raw.scanned, raw.total_discovered),
      total: raw.total_discovered,
      source: 'summary',
    };
  }
  return null;
}

/** "Processing 25 of 100 files" while the job runs, "Processed 100 of 100 files" once it is over. */
export function fileProgressText(progress: FileProgress, running: boolean): string {
  const files = progress.total === 1 ? 'file' : 'files';
  const verb = running ? 'Processing' : 'Processed';
  return `${verb} ${progress.processed.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')} ${files}`;
}
