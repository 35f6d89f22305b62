import { Show, type JSX } from 'solid-js';
import type { PollerStateName } from '@vpo-live/poller';
import { NEXT_TRY_CLASS, connectionView, nextTryText } from './connectionView.ts';

export interface ConnectionIndicatorProps {
  /** The poller's top-level state; it is also written to `data-state`. */
  state: PollerStateName;
  /** When the poller sends its next request (its snapshot's `nextPollAt`), for "next try in 7 s". */
  nextPollAt?: number | null;
  /** The page's ticking clock, on the poller's clock. */
  now?: number;
}

/**
 * The connection indicator for pages without VPO's header one: `role="status"`, text Live / Reconnecting /
 * Offline / Paused / Slowed down, `data-state` = machine state, and VPO's `connection-status--*` classes.
 * While throttled or failing it counts down to the next try; the countdown is hidden from assistive
 * technology so the polite live region announces the state once, not every second.
 *
 * @example <ConnectionIndicator state={snapshot().state} nextPollAt={snapshot().nextPollAt} now={now()} />
 */
export function ConnectionIndicator(props: ConnectionIndicatorProps): JSX.Element {
  const view = () => connectionView(props.state);
  const nextTry = () => nextTryText(props.state, props.nextPollAt ?? null, props.now ?? Date.now());
  return (
    <span
      class={`connection-status connection-status--${view().modifier}`}
      role="status"
      aria-live="polite"
      data-state={props.state}
    >
      {view().label}
      <Show when={nextTry()}>
        {(text) => (
          <span class={NEXT_TRY_CLASS} aria-hidden="true">
            {` — ${text()}`}
          </span>
        )}
      </Show>
    </span>
  );
}
