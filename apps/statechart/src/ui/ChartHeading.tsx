import { Show, type JSX } from 'solid-js';
import { SafeText } from '@vpo-live/ui';
import type { PollerEntry } from '../live/createPollerRegistry.ts';
import { describeResource } from './format.ts';

export interface ChartHeadingProps {
  /** The poller whose state the chart shows, or null when there is none. */
  entry: PollerEntry | null;
  /** What to say instead when there is no poller. */
  emptyText: string;
}

/**
 * The chart's heading and which poller it follows. What it polls and its page came from another tab, so
 * they are drawn through `SafeText`.
 */
export function ChartHeading(props: ChartHeadingProps): JSX.Element {
  return (
    <div class="sc-chart-head">
      <h2 id="sc-chart-heading">State chart</h2>
      <Show when={props.entry} fallback={<p class="sc-chart-of sc-chart-of--hint">{props.emptyText}</p>}>
        {(entry) => (
          <p class="sc-chart-of">
            of <SafeText text={describeResource(entry().source.resource).label} /> on{' '}
            <SafeText text={entry().source.page || '(no page)'} /> — choose another under Pollers
          </p>
        )}
      </Show>
    </div>
  );
}
