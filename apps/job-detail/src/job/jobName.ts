import { jobTypeLabel } from '@vpo-live/ui';
import type { JobDetail } from '@vpo-live/vpo-api';

/**
 * How the page names a job in a sentence: the questions of its actions, and "The … was deleted".
 *
 * @example jobName({ job_type: 'transcode', id_short: 'a1d3246e' }) // 'transcode job a1d3246e'
 */
export function jobName(job: Pick<JobDetail, 'job_type' | 'id_short'>): string {
  return `${jobTypeLabel(job.job_type).toLowerCase()} job ${job.id_short}`;
}
