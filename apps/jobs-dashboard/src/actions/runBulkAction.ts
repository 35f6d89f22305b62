import { sendJobAction, type ActionResult, type JobAction, type JobActionRequest } from '@vpo-live/vpo-api';

/** What happened to one job of a bulk action. */
export interface BulkOutcome {
  readonly id: string;
  readonly result: ActionResult;
}

/**
 * Runs one action on each job, one request at a time (the server allows 30 mutations a minute; a burst would
 * only turn the tail into 429s), and stops early after a 429 or 401, which the rest would meet as well.
 */
export async function runBulkAction(
  action: JobAction,
  ids: readonly string[],
  request: Omit<JobActionRequest, 'action' | 'id'>,
  send: typeof sendJobAction = sendJobAction,
): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = [];
  for (const id of ids) {
    const result = await send({ ...request, action, id });
    outcomes.push({ id, result });
    if (!result.ok && (result.status === 429 || result.status === 401)) break;
  }
  return outcomes;
}
