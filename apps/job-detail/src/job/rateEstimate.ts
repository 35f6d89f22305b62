/** One observation of a running job's progress: `done` of `total` units at `at` (epoch ms, the page's clock). */
export interface ProgressSample {
  at: number;
  done: number;
  total: number;
  /** What is counted: files (the job's counts), or percent when it reports only a percentage. */
  unit: 'files' | 'percent';
}

/** A rate the samples agree on, and what it leaves to do. */
export interface RateEstimate {
  /** Units per second over the window. */
  perSecond: number;
  unit: ProgressSample['unit'];
  /** Seconds left at `now`: what the last sample left, at the rate, minus the time since it was taken. */
  remainingSeconds: number;
}

/** Tuning of {@link addSample} and {@link estimateRate}; the defaults suit polls every 2–15 s. */
export interface RateOptions {
  /** Samples older than this (before the newest) are dropped. Default 90 s. */
  windowMs?: number;
  /** At most this many samples are kept. Default 24. */
  maxSamples?: number;
  /** No estimate from fewer samples than this. Default 4. */
  minSamples?: number;
  /** …nor from a window shorter than this. Default 6 s. */
  minSpanMs?: number;
  /** The two halves of the window must agree within this fraction of the faster one's rate. Default 0.25. */
  tolerance?: number;
  /**
   * No progress for longer than this many average gaps between samples (and 15 s at least): the job stalled,
   * and the last rate is no longer a forecast.
   */
  stallGaps?: number;
}

const DEFAULTS: Required<RateOptions> = {
  windowMs: 90_000,
  maxSamples: 24,
  minSamples: 4,
  minSpanMs: 6_000,
  tolerance: 0.25,
  stallGaps: 3,
};

/**
 * The samples with `sample` added. Only progress is a sample (a poll that moved nothing adds none, so the
 * page does no work for it); a change of unit or total, progress going back (a re-run) or progress after a
 * stall starts afresh.
 *
 * @example samples = addSample(samples, { at: Date.now(), done: 42, total: 100, unit: 'files' })
 */
export function addSample(
  samples: readonly ProgressSample[],
  sample: ProgressSample,
  options: RateOptions = {},
): readonly ProgressSample[] {
  const { windowMs, maxSamples } = { ...DEFAULTS, ...options };
  const last = samples.at(-1);
  if (last && last.unit === sample.unit && last.total === sample.total && sample.done === last.done) {
    return samples;
  }
  const fresh =
    !last ||
    last.unit !== sample.unit ||
    last.total !== sample.total ||
    sample.done < last.done ||
    sample.at < last.at ||
    // After a stall the old pace says nothing about the new one.
    sample.at - last.at > stallAfter(samples, options);
  const kept = fresh ? [] : samples.filter((s) => s.at >= sample.at - windowMs);
  return [...kept, sample].slice(-maxSamples);
}

/** How long without progress counts as a stall: `stallGaps` average gaps between samples, and 15 s at least. */
function stallAfter(samples: readonly ProgressSample[], options: RateOptions): number {
  const { stallGaps } = { ...DEFAULTS, ...options };
  const first = samples[0];
  const last = samples.at(-1);
  const meanGap = first && last && samples.length > 1 ? (last.at - first.at) / (samples.length - 1) : 0;
  return Math.max(15_000, stallGaps * meanGap);
}

const rate = (from: ProgressSample, to: ProgressSample) => (to.done - from.done) / ((to.at - from.at) / 1000);

/**
 * The rate and time left, or `null` while the samples do not agree on one: too few, too short a window, the
 * first and second halves of the window more than `tolerance` apart (speeding up or slowing down), or no
 * progress for a while (stalled). A pure function of the samples and `now`.
 *
 * @example estimateRate(samples, Date.now()) // { perSecond: 42, unit: 'files', remainingSeconds: 180 }
 */
export function estimateRate(
  samples: readonly ProgressSample[],
  now: number,
  options: RateOptions = {},
): RateEstimate | null {
  const { minSamples, minSpanMs, tolerance } = { ...DEFAULTS, ...options };
  const first = samples[0];
  const last = samples.at(-1);
  if (!first || !last || samples.length < minSamples) return null;
  const span = last.at - first.at;
  if (span < minSpanMs) return null;
  if (now - last.at > stallAfter(samples, options)) return null;

  // The sample nearest the middle of the window splits it into two halves, each with its own rate.
  const middle = first.at + span / 2;
  let split = 1;
  for (let i = 1; i < samples.length - 1; i++) {
    if (Math.abs(samples[i]!.at - middle) < Math.abs(samples[split]!.at - middle)) split = i;
  }
  const early = rate(first, samples[split]!);
  const late = rate(samples[split]!, last);
  if (!(early > 0 && late > 0)) return null;
  if (Math.abs(early - late) > tolerance * Math.max(early, late)) return null;

  const perSecond = rate(first, last);
  const remainingSeconds = Math.max(
    0,
    (last.total - last.done) / perSecond - Math.max(0, now - last.at) / 1000,
  );
  return { perSecond, unit: last.unit, remainingSeconds };
}
