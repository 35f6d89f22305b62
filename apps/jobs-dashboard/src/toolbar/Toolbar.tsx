import { Show, type JSX } from 'solid-js';
import type { PollerStateName } from '@vpo-live/poller';
import { ConnectionIndicator, LastUpdated, RefreshButton } from '@vpo-live/ui';

export interface ToolbarProps {
  state: PollerStateName;
  /** False when the host page has its own `#connection-status`, which is updated instead. */
  showIndicator: boolean;
  lastUpdatedAt: number | null;
  now: number;
  busy: boolean;
  onRefresh: () => void;
}

/** Connection state, "Updated N s ago" and the refresh button (with its in-flight spinner). */
export function Toolbar(props: ToolbarProps): JSX.Element {
  return (
    <div class="jobs-toolbar">
      <Show when={props.showIndicator}>
        <ConnectionIndicator state={props.state} />
      </Show>
      <LastUpdated at={props.lastUpdatedAt} now={props.now} />
      <RefreshButton onRefresh={props.onRefresh} busy={props.busy} />
    </div>
  );
}
