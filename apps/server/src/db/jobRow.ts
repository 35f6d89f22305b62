/**
 * The columns of a `jobs` row the HTTP layer reads, as SQLite returns them (VPO's column names).
 * Worker and bookkeeping columns (worker_pid, worker_heartbeat, policy_json, ...) stay in the database.
 */
export interface JobRow {
  id: string;
  file_id: number | null;
  file_path: string;
  job_type: string;
  status: string;
  priority: number;
  policy_name: string | null;
  progress_percent: number;
  created_at: string;
  started_at: string | null;
  completed_at: string | null;
  output_path: string | null;
  error_message: string | null;
  summary_json: string | null;
  processed_count: number | null;
  total_count: number | null;
}

/** The SELECT list that produces a {@link JobRow}. */
export const JOB_ROW_COLUMNS =
  'id, file_id, file_path, job_type, status, priority, policy_name, progress_percent, created_at, ' +
  'started_at, completed_at, output_path, error_message, summary_json, processed_count, total_count';

/** The columns a list item needs (no detail-only fields), in {@link JobRow} shape. */
export type JobListRow = Pick<
  JobRow,
  | 'id'
  | 'job_type'
  | 'status'
  | 'file_path'
  | 'progress_percent'
  | 'created_at'
  | 'completed_at'
  | 'processed_count'
  | 'total_count'
  | 'started_at'
>;

export const JOB_LIST_ROW_COLUMNS =
  'id, job_type, status, file_path, progress_percent, created_at, completed_at, processed_count, total_count, ' +
  'started_at';
