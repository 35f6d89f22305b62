/**
 * Time as the HTTP app sees it (the runner has its own, `RunnerClock`). Injected so tests move it by hand.
 */
export interface HttpClock {
  /** Wall-clock epoch milliseconds (the `since` filters, health). */
  now(): number;
  /** Monotonic milliseconds (the rate limit's window). */
  monotonic(): number;
}

/** The real clocks. */
export const systemHttpClock: HttpClock = { now: () => Date.now(), monotonic: () => performance.now() };
