import type { JSX } from 'solid-js';
import type { PollerStateName } from '@vpo-live/poller';
import { connectionView } from './connectionView.ts';

export interface ConnectionIndicatorProps {
  /** The poller's top-level state; it is also written to `data-state`. */
  state: PollerStateName;
}

/**
 * The connection indicator for pages without VPO's header one: `role="status"`, text Live / Reconnecting /
 * Offline / Paused, `data-state` = machine state, and VPO's `connection-status--*` classes.
 *
 * @example <ConnectionIndicator state={snapshot().state} />
 */
export function ConnectionIndicator(props: ConnectionIndicatorProps): JSX.Element {
  const view = () => connectionView(props.state);
  return (
    <span
      class={`connection-status connection-status--${view().modifier}`}
      role="status"
      aria-live="polite"
      data-state={props.state}
    >
      {view().label}
    </span>
  );
}
