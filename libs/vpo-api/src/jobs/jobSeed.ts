import type { JobStatus, JobType } from '../enums.ts';

/**
 * A job row as stored: VPO's `jobs` columns that the API shows, plus our live file counts. The server keeps
 * these in SQLite, the msw fake in memory; both turn them into responses with `toJobListItem` /
 * `toJobDetail`, so they serialize identically. Timestamps are strings as VPO stores them
 * (`formatTimestamp`).
 */
export interface JobSeed {
  /** uuid4 */
  id: string;
  job_type: JobType;
  status: JobStatus;
  created_at: string;
  /** Lower runs sooner; default 100. */
  priority?: number;
  file_path?: string | null;
  policy_name?: string | null;
  started_at?: string | null;
  completed_at?: string | null;
  /** 0–100; default 0.0 (VPO never stores null). */
  progress_percent?: number;
  error_message?: string | null;
  output_path?: string | null;
  /** VPO's parsed `summary_json`. */
  summary_raw?: Record<string, unknown> | null;
  /** [ext] files processed so far */
  processed_count?: number | null;
  /** [ext] files to process in all */
  total_count?: number | null;
}
