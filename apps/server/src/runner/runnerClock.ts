/**
 * Time as the job runner sees it (the HTTP app has its own, `HttpClock`). Injected so tests run a whole scan
 * in virtual time without sleeping.
 */
export interface RunnerClock {
  /** Epoch milliseconds; a fractional part carries microseconds into timestamps. */
  now(): number;
  /** Resolves after `ms`, or rejects with the signal's reason as soon as it aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

const abortReason = (signal: AbortSignal): unknown => signal.reason ?? new Error('aborted');

/** Wall-clock time with sub-millisecond digits, and real timers. */
export const systemRunnerClock: RunnerClock = {
  // Date.now() keeps wall time; the fraction of performance.now() makes stamps of one millisecond differ.
  now: () => Date.now() + (performance.now() % 1),
  sleep(ms, signal) {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(abortReason(signal));
      const onAbort = () => {
        clearTimeout(timer);
        reject(abortReason(signal as AbortSignal));
      };
      const timer = setTimeout(
        () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        Math.max(0, ms),
      );
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  },
};

/** A clock that only moves when something sleeps on it (or {@link VirtualRunnerClock.advance} is called). */
export interface VirtualRunnerClock extends RunnerClock {
  advance(ms: number): void;
}

/**
 * Virtual time for tests: `sleep(ms)` moves the clock forward by `ms` and resolves on the next turn of the
 * event loop, so real I/O (files, SQLite) still interleaves but no test waits for wall-clock time.
 *
 * @example
 * const clock = createVirtualRunnerClock(Date.UTC(2026, 1, 1));
 * await clock.sleep(60_000); // returns at once; clock.now() is a minute later
 */
export function createVirtualRunnerClock(start: number): VirtualRunnerClock {
  let current = start;
  return {
    now: () => current,
    advance(ms) {
      current += Math.max(0, ms);
    },
    sleep(ms, signal) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(abortReason(signal));
        current += Math.max(0, ms);
        setImmediate(() => (signal?.aborted ? reject(abortReason(signal)) : resolve()));
      });
    },
  };
}
