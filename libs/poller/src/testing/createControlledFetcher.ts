import type { FetchContext, FetchOutcome, Fetcher } from '../types.ts';

/** One call the poller made, settled by the test. */
export interface PendingFetch<T> {
  context: FetchContext;
  resolve(outcome: FetchOutcome<T>): void;
  reject(error: unknown): void;
  readonly settled: boolean;
}

/** A fetcher whose every request waits until the test settles it. */
export interface ControlledFetcher<T> {
  fetch: Fetcher<T>;
  /** Every call so far, oldest first. */
  readonly calls: readonly PendingFetch<T>[];
  /** The newest call; throws when there is none. */
  last(): PendingFetch<T>;
  /** Calls not yet settled whose signal has not been aborted. */
  inFlight(): number;
}

/**
 * Creates a {@link ControlledFetcher}: the poller's requests stay pending until the test resolves them, so
 * tests decide the outcome and the timing of each one.
 *
 * @example
 * const server = createControlledFetcher<Job>();
 * const poller = createPoller({ fetch: server.fetch, config });
 * server.last().resolve({ kind: 'ok', data: job });
 */
export function createControlledFetcher<T>(): ControlledFetcher<T> {
  const calls: PendingFetch<T>[] = [];
  return {
    calls,
    fetch: (context) =>
      new Promise<FetchOutcome<T>>((resolve, reject) => {
        let settled = false;
        // Like `fetch()`, take the signal at once (the engine creates it lazily).
        void context.signal;
        calls.push({
          context,
          get settled() {
            return settled;
          },
          resolve: (outcome) => {
            settled = true;
            resolve(outcome);
          },
          reject: (error) => {
            settled = true;
            reject(error);
          },
        });
      }),
    last() {
      const call = calls.at(-1);
      if (!call) throw new Error('The poller has not fetched yet');
      return call;
    },
    inFlight: () => calls.filter((c) => !c.settled && !c.context.signal.aborted).length,
  };
}
