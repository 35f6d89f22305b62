import { jobTypeLabel, revealBidiControls, shortId } from '@vpo-live/ui';

/** The fields of a job the announcement reads. */
export interface AnnouncedJob {
  id: string;
  job_type: string;
  status: string;
}

const ANNOUNCED = new Set(['completed', 'failed']);
/** Above this many, one summary sentence replaces the per-job list. */
const MAX_LISTED = 3;

/**
 * The polite announcement for one poll: jobs that were on screen (`before`: status by id) and have just
 * completed or failed. Jobs that only appeared (new page, new filter) are not announced, so the region never
 * chatters. Returns an empty string when there is nothing to say.
 *
 * @example finishedJobsMessage(new Map([[id, 'running']]), [{ id, job_type: 'scan', status: 'completed' }])
 * // 'Job 3f2a9c1e (Scan) completed.'
 */
export function finishedJobsMessage(
  before: ReadonlyMap<string, string>,
  after: readonly AnnouncedJob[],
): string {
  const finished = after.filter((job) => {
    const was = before.get(job.id);
    return was !== undefined && was !== job.status && ANNOUNCED.has(job.status);
  });
  if (finished.length === 0) return '';
  if (finished.length > MAX_LISTED) {
    const completed = finished.filter((job) => job.status === 'completed').length;
    const failed = finished.length - completed;
    const parts = [completed && `${completed} completed`, failed && `${failed} failed`].filter(Boolean);
    return `${finished.length} jobs finished: ${parts.join(', ')}.`;
  }
  // Ids and types are the server's strings: a bidi control in one is spelled out, not obeyed.
  return revealBidiControls(
    finished.map((job) => `Job ${shortId(job.id)} (${jobTypeLabel(job.job_type)}) ${job.status}.`).join(' '),
  );
}
