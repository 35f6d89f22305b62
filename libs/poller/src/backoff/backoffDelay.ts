/** Tunables of {@link backoffDelay}; the defaults are the spec's numbers (FR-012). */
export interface BackoffOptions {
  /** Consecutive failures at which backing off starts (default 3). */
  threshold?: number;
  /** Delay at the threshold, doubled for each further failure (default 10000 ms). */
  base?: number;
  /** Longest delay (default 120000 ms). */
  cap?: number;
  /** Spread as a fraction of the delay, 0–1 (default 0: none). The result stays within [interval, cap]. */
  jitter?: number;
  /** Uniform random source in [0, 1) for the jitter (default Math.random). */
  random?: () => number;
}

/**
 * Milliseconds to wait before the next request after `failures` consecutive failures.
 *
 * | failures | delay |
 * |---|---|
 * | 0–2 | `interval` |
 * | 3 | 10 s |
 * | 4 | 20 s |
 * | 5 | 40 s |
 * | 6 | 80 s |
 * | 7+ | 120 s |
 *
 * A delay is never shorter than `interval`, so a slow configured interval is not sped up by backing off.
 *
 * @example
 * backoffDelay(4, 5000); // 20000
 * backoffDelay(4, 5000, { jitter: 0.2, random: () => 1 }); // 24000
 */
export function backoffDelay(failures: number, interval: number, options: BackoffOptions = {}): number {
  const { threshold = 3, base = 10_000, cap = 120_000, jitter = 0, random = Math.random } = options;
  const ceiling = Math.max(cap, interval);
  if (!(failures >= threshold)) return interval;

  // Capping the exponent keeps 2^n finite for absurd failure counts.
  const exponent = Math.min(failures - threshold, 32);
  const raw = Math.min(base * 2 ** exponent, ceiling);
  const spread = Math.min(Math.max(jitter, 0), 1);
  const jittered = spread > 0 ? raw * (1 + spread * (2 * random() - 1)) : raw;
  return Math.round(Math.min(ceiling, Math.max(interval, jittered)));
}
