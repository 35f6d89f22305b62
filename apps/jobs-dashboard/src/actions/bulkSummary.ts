import type { JobAction } from '@vpo-live/vpo-api';
import { shortId } from '@vpo-live/ui';
import type { BulkOutcome } from './runBulkAction.ts';

const DONE: Record<JobAction, string> = { cancel: 'Cancelled', retry: 'Queued again', delete: 'Deleted' };
const jobs = (n: number) => (n === 1 ? '1 job' : `${n} jobs`);

/** A bulk action's summary: the headline to announce, and one line per job that was not changed. */
export interface BulkSummary {
  readonly headline: string;
  readonly failures: readonly string[];
}

/**
 * What a bulk action did, in words: "Cancelled 4 jobs; 1 not changed." plus, per job not changed, its short
 * id and the server's reason; jobs not tried (the run stopped early) are counted too.
 *
 * @example bulkSummary('cancel', outcomes, 5).headline // 'Cancelled 4 jobs; 1 not changed.'
 */
export function bulkSummary(action: JobAction, outcomes: readonly BulkOutcome[], asked: number): BulkSummary {
  const done = outcomes.filter((outcome) => outcome.result.ok).length;
  const failures = outcomes.flatMap(({ id, result }) =>
    result.ok ? [] : [`${shortId(id)}: ${result.message}`],
  );
  const untried = asked - outcomes.length;
  const parts = [`${DONE[action]} ${jobs(done)}`];
  if (failures.length > 0) parts.push(`${failures.length} not changed`);
  if (untried > 0) parts.push(`${jobs(untried)} not tried`);
  return { headline: `${parts.join('; ')}.`, failures };
}
