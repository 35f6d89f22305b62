import type { JobListItem } from '@vpo-live/vpo-api';
import { printable, shortTimestamp } from './printable.ts';

const HEADERS = ['ID', 'STATUS', 'TYPE', 'PROGRESS', 'CREATED (UTC)', 'FILE'] as const;

/** `12/40` when the job counts files, else `37%`; `-` before it starts. */
export function progressText(
  job: Pick<JobListItem, 'status' | 'progress_percent' | 'processed_count' | 'total_count'>,
): string {
  if (job.total_count !== null && job.processed_count !== null)
    return `${job.processed_count}/${job.total_count}`;
  if (job.status === 'queued') return '-';
  return `${Math.round(job.progress_percent ?? 0)}%`;
}

/**
 * The `jobs list` table: one row per job, columns padded to their widest cell. With `width` (a terminal's
 * columns) the file path is shortened from the left, where paths share their least telling part.
 *
 * @example formatJobTable(page.jobs, { width: process.stdout.columns })
 */
export function formatJobTable(jobs: readonly JobListItem[], options: { width?: number } = {}): string {
  const rows = jobs.map((job) => [
    job.id.slice(0, 8),
    job.status,
    job.job_type,
    progressText(job),
    shortTimestamp(job.created_at),
    printable(job.file_path ?? '-'),
  ]);
  const all = [[...HEADERS], ...rows];
  const widths = HEADERS.map((_, column) => Math.max(...all.map((row) => (row[column] ?? '').length)));
  const fixed = widths.slice(0, -1).reduce((sum, w) => sum + w + 2, 0);
  const fileWidth = options.width === undefined ? Infinity : Math.max(12, options.width - fixed);
  return all
    .map((row) =>
      row
        .map((cell, column) => {
          if (column === row.length - 1)
            return cell.length > fileWidth ? `…${cell.slice(-(fileWidth - 1))}` : cell;
          return cell.padEnd(widths[column] ?? 0);
        })
        .join('  '),
    )
    .join('\n');
}
