import { isTransientDbError } from '../db/transientDbError.ts';
import type { RunnerClock } from './runnerClock.ts';

/** How long the runner keeps retrying one database write before it gives up (ms). */
export const TRANSIENT_RETRY_BUDGET_MS = 30_000;

/** First and longest pause between two attempts (ms); the pause doubles in between. */
const FIRST_PAUSE_MS = 25;
const LONGEST_PAUSE_MS = 1000;

/** A database write that kept failing with a transient error for the whole retry budget. */
export class DatabaseStayedBusy extends Error {
  override readonly name = 'DatabaseStayedBusy';
  constructor(what: string, waitedMs: number, cause: unknown) {
    const code = (cause as { code?: unknown }).code;
    super(
      `Could not ${what}: the database stayed locked for ${Math.round(waitedMs / 1000)} s` +
        (typeof code === 'string' ? ` (${code})` : ''),
      { cause },
    );
  }
}

/** Options of {@link retryTransient}. */
export interface RetryTransientOptions {
  readonly clock: RunnerClock;
  /** Aborts the waiting (a cancelled job stops retrying at once, with the signal's reason). */
  readonly signal?: AbortSignal;
  /** Default {@link TRANSIENT_RETRY_BUDGET_MS}. */
  readonly budgetMs?: number;
}

/**
 * Runs a synchronous database operation, retrying it while it fails with a transient error (a lock held by
 * another process past the busy timeout) — 25 ms, then doubling up to 1 s between attempts — for at most
 * the budget; then rejects with {@link DatabaseStayedBusy}, whose message names `what` failed. Any other
 * error rejects at once.
 *
 * @example
 * await retryTransient('record the job as completed', () => finishJob(db, job, outcome, now), { clock });
 */
export async function retryTransient<T>(
  what: string,
  operation: () => T,
  options: RetryTransientOptions,
): Promise<T> {
  const { clock, signal } = options;
  const budget = options.budgetMs ?? TRANSIENT_RETRY_BUDGET_MS;
  const started = clock.now();
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    try {
      return operation();
    } catch (error) {
      if (!isTransientDbError(error)) throw error;
      const waited = clock.now() - started;
      if (waited >= budget) throw new DatabaseStayedBusy(what, waited, error);
      await clock.sleep(Math.min(pause, budget - waited), signal);
      pause = Math.min(pause * 2, LONGEST_PAUSE_MS);
    }
  }
}
