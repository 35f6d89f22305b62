import type { JobSeed, JobStatus, JobType } from '@vpo-live/vpo-api';
import type { JobListRow, JobRow } from './jobRow.ts';

/**
 * VPO parses `summary_json` leniently: unreadable JSON, or JSON that is not an object, shows as no summary
 * instead of failing the request.
 */
export function parseSummaryJson(text: string | null | undefined): Record<string, unknown> | null {
  if (text === null || text === undefined || text === '') return null;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/**
 * A stored row as the contract's `JobSeed`, which `toJobListItem` / `toJobDetail` serialize. The CHECK
 * constraints of the jobs table guarantee status and job_type are known values.
 */
export function toJobSeed(row: JobRow | JobListRow): JobSeed {
  const seed: JobSeed = {
    id: row.id,
    job_type: row.job_type as JobType,
    status: row.status as JobStatus,
    created_at: row.created_at,
    file_path: row.file_path,
    completed_at: row.completed_at,
    progress_percent: row.progress_percent,
    processed_count: row.processed_count,
    total_count: row.total_count,
    started_at: row.started_at,
  };
  if ('priority' in row) {
    seed.priority = row.priority;
    seed.policy_name = row.policy_name;
    seed.error_message = row.error_message;
    seed.output_path = row.output_path;
    seed.summary_raw = parseSummaryJson(row.summary_json);
  }
  return seed;
}
