import { formatDuration } from '@vpo-live/ui';
import type { RateEstimate } from './rateEstimate.ts';

/** Rounds to a step that suits the size: an estimate is not precise to the second. */
function roundRemaining(seconds: number): number {
  const step = seconds < 60 ? 5 : seconds < 600 ? 10 : seconds < 3600 ? 60 : 300;
  return Math.max(step, Math.round(seconds / step) * step);
}

const number = (value: number) =>
  value.toLocaleString('en-US', { maximumFractionDigits: value < 10 ? 1 : 0 });

/** "42 files/s", "12 files/min" below one a second; "1.5 %/min" for a job that reports only a percentage. */
export function rateText(estimate: Pick<RateEstimate, 'perSecond' | 'unit'>): string {
  const { perSecond, unit } = estimate;
  if (unit === 'percent') return `${number(perSecond * 60)} %/min`;
  return perSecond >= 1 ? `${number(perSecond)} files/s` : `${number(perSecond * 60)} files/min`;
}

/**
 * "about 3 min left · 42 files/s": the time left, rounded (5 s under a minute, 10 s under ten minutes, then
 * minutes, then five minutes), and the rate it comes from.
 *
 * @example etaText({ perSecond: 42, unit: 'files', remainingSeconds: 183 }) // 'about 3 min left · 42 files/s'
 */
export function etaText(estimate: RateEstimate): string {
  return `about ${formatDuration(roundRemaining(estimate.remainingSeconds))} left · ${rateText(estimate)}`;
}
