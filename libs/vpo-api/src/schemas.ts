/**
 * Runtime validators for every response of VPO's jobs API (../../../VPO_API.md in the design notes).
 * Objects are "loose": a newer server may add fields without breaking us. Enumerated strings stay plain
 * strings for the same reason — unknown statuses/types are rendered neutrally, not rejected.
 * Fields marked [ext] are ours; a VPO server never sends them, so they are optional.
 */
import * as v from 'valibot';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const timestamp = v.string();
const nullableString = v.nullable(v.string());

export const JobListItemSchema = v.looseObject({
  id: v.string(),
  job_type: v.string(),
  status: v.string(),
  file_path: nullableString,
  // VPO sends 0.0 for jobs without progress; null is tolerated from other servers.
  progress_percent: v.nullable(v.number()),
  created_at: timestamp,
  completed_at: v.nullable(timestamp),
  duration_seconds: v.nullable(v.number()),
  /** [ext] files processed so far, while a job runs */
  processed_count: v.optional(v.nullable(count)),
  /** [ext] files to process in all, while a job runs */
  total_count: v.optional(v.nullable(count)),
  /** [ext] when the job started running; absent from VPO, whose list items do not carry it */
  started_at: v.optional(v.nullable(timestamp)),
});
export type JobListItem = v.InferOutput<typeof JobListItemSchema>;

export const JobListResponseSchema = v.looseObject({
  jobs: v.array(JobListItemSchema),
  total: count,
  limit: count,
  offset: count,
  has_filters: v.boolean(),
  max_page_size: count,
});
export type JobListResponse = v.InferOutput<typeof JobListResponseSchema>;

export const JobDetailSchema = v.looseObject({
  id: v.string(),
  id_short: v.string(),
  job_type: v.string(),
  status: v.string(),
  priority: v.number(),
  file_path: nullableString,
  policy_name: nullableString,
  created_at: timestamp,
  started_at: v.nullable(timestamp),
  completed_at: v.nullable(timestamp),
  duration_seconds: v.nullable(v.number()),
  progress_percent: v.nullable(v.number()),
  error_message: nullableString,
  output_path: nullableString,
  summary: nullableString,
  summary_raw: v.nullable(v.record(v.string(), v.unknown())),
  has_logs: v.boolean(),
  has_scan_errors: v.optional(v.boolean()),
  /** [ext] */
  processed_count: v.optional(v.nullable(count)),
  /** [ext] */
  total_count: v.optional(v.nullable(count)),
});
export type JobDetail = v.InferOutput<typeof JobDetailSchema>;

export const JobLogsResponseSchema = v.looseObject({
  job_id: v.string(),
  lines: v.array(v.string()),
  total_lines: count,
  offset: count,
  has_more: v.boolean(),
});
export type JobLogsResponse = v.InferOutput<typeof JobLogsResponseSchema>;

export const ScanErrorSchema = v.looseObject({ path: v.string(), filename: v.string(), error: v.string() });
export type ScanError = v.InferOutput<typeof ScanErrorSchema>;

export const JobErrorsResponseSchema = v.looseObject({
  job_id: v.string(),
  errors: v.array(ScanErrorSchema),
  total_errors: count,
});
export type JobErrorsResponse = v.InferOutput<typeof JobErrorsResponseSchema>;

export const HealthResponseSchema = v.looseObject({
  /** 'healthy' (200), or 'degraded' / 'unhealthy' (503) */
  status: v.string(),
  jobs_queued: count,
  jobs_running: count,
  database: v.optional(v.string()),
  uptime_seconds: v.optional(v.number()),
  version: v.optional(v.string()),
  shutting_down: v.optional(v.boolean()),
  active_workers: v.optional(count),
  /** failed jobs completed in the last 24 h */
  recent_errors: v.optional(count),
});
export type HealthResponse = v.InferOutput<typeof HealthResponseSchema>;

export const ApiErrorBodySchema = v.looseObject({
  error: v.string(),
  code: v.string(),
  details: v.optional(v.unknown()),
});
export type ApiErrorBody = v.InferOutput<typeof ApiErrorBodySchema>;

/** Keys of `summary_raw` by job type, as VPO writes them. */
export const SUMMARY_RAW_KEYS = {
  scan: ['total_discovered', 'scanned', 'skipped', 'added', 'removed', 'errors'],
  process: ['phases_completed', 'total_changes'],
  prune: ['files_pruned'],
  apply: ['policy_name', 'files_affected', 'actions_applied'],
  transcode: [
    'input_file',
    'output_file',
    'input_size_bytes',
    'output_size_bytes',
    'duration_seconds',
    'video_codec',
    'audio_tracks_processed',
  ],
  move: ['source_path', 'destination_path', 'size_bytes'],
} as const;
