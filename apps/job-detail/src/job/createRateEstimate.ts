import type { JobDetail } from '@vpo-live/vpo-api';
import { createEffect, createMemo, createSignal, on, type Accessor } from 'solid-js';
import { progressSample, sameProgress } from './progressSample.ts';
import {
  addSample,
  estimateRate,
  type ProgressSample,
  type RateEstimate,
  type RateOptions,
} from './rateEstimate.ts';

export interface RateEstimateOptions extends RateOptions {
  /** When a new answer is sampled (epoch ms); default `Date.now`, which fake timers control in tests. */
  clock?: () => number;
}

/**
 * The observed rate of a running job and the time it leaves, while the samples agree on one (see
 * {@link estimateRate}); `null` otherwise. A sample is taken only when the job's progress changed, so a poll
 * with nothing new costs nothing; `now` (the page's ticking clock) counts the estimate down between polls.
 * Must be created inside a Solid owner.
 *
 * @example const eta = createRateEstimate(() => job.data(), now); <Show when={eta()}>{(e) => etaText(e())}</Show>
 */
export function createRateEstimate(
  job: Accessor<JobDetail | undefined>,
  now: Accessor<number>,
  options: RateEstimateOptions = {},
): Accessor<RateEstimate | null> {
  const clock = options.clock ?? Date.now;
  const progress = createMemo(
    () => {
      const data = job();
      return data ? progressSample(data) : null;
    },
    null,
    { equals: sameProgress },
  );
  const [samples, setSamples] = createSignal<readonly ProgressSample[]>([]);
  createEffect(
    on(progress, (current) => {
      setSamples((previous) => (current ? addSample(previous, { ...current, at: clock() }, options) : []));
    }),
  );
  return createMemo(() => (samples().length === 0 ? null : estimateRate(samples(), now(), options)));
}
