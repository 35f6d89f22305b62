import { isJobStatus, isJobType, type JobStatus, type JobType } from '@vpo-live/vpo-api';

const STATUS_LABELS: Record<JobStatus, string> = {
  queued: 'Queued',
  running: 'Running',
  completed: 'Completed',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

const TYPE_LABELS: Record<JobType, string> = {
  scan: 'Scan',
  apply: 'Apply',
  transcode: 'Transcode',
  move: 'Move',
  process: 'Process',
  prune: 'Prune',
};

/**
 * Human text for a job status. A status this client does not know (a newer VPO) is shown as the server
 * sent it — as text, never as markup.
 */
export function statusLabel(status: string): string {
  return isJobStatus(status) ? STATUS_LABELS[status] : status;
}

/** Human text for a job type; unknown types are shown as sent. */
export function jobTypeLabel(type: string): string {
  return isJobType(type) ? TYPE_LABELS[type] : type;
}

/**
 * The CSS modifier for a status: the status itself when known, `unknown` otherwise, so a server-sent value
 * never reaches a class name.
 */
export function statusTone(status: string): JobStatus | 'unknown' {
  return isJobStatus(status) ? status : 'unknown';
}
