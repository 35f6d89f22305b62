/** Order statistics of the benchmarks' samples. */

/** The value at percentile `p` of ascending `sorted` (NaN when empty). */
export const percentile = (sorted: ReadonlyArray<number>, p: number): number =>
  sorted.length === 0
    ? Number.NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

/** The median; an empty sample gives 0 (as do `p95` and `min`). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function p95(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.ceil(values.length * 0.95) - 1] ?? 0;
}

export function min(values: readonly number[]): number {
  return values.length ? Math.min(...values) : 0;
}

/**
 * The median item by `key`; of an even count, the lower of the two middle ones (an item that was measured,
 * never an average of two). Undefined when there are no items.
 */
export function medianBy<T>(items: readonly T[], key: (item: T) => number): T | undefined {
  return [...items].sort((a, b) => key(a) - key(b))[Math.floor((items.length - 1) / 2)];
}
