import { Show, type JSX } from 'solid-js';
import type { PollerStateName } from '@vpo-live/poller';
import { ConnectionIndicator, LastUpdated, RefreshButton } from '@vpo-live/ui';

export interface ToolbarProps {
  state: PollerStateName;
  /** When the poller tries next, for "next try in N s" while failing or slowed down. */
  nextPollAt: number | null;
  /** False when the host page has its own `#connection-status`, which is updated instead. */
  showIndicator: boolean;
  lastUpdatedAt: number | null;
  now: number;
  busy: boolean;
  onRefresh: () => void;
  /** Opens the list of keyboard shortcuts (also `?`). */
  onHelp: () => void;
}

/** Connection state, "Updated N s ago" and the refresh button (with its in-flight spinner). */
export function Toolbar(props: ToolbarProps): JSX.Element {
  return (
    <div class="jobs-toolbar">
      <Show when={props.showIndicator}>
        <ConnectionIndicator state={props.state} nextPollAt={props.nextPollAt} now={props.now} />
      </Show>
      <LastUpdated at={props.lastUpdatedAt} now={props.now} />
      <RefreshButton onRefresh={props.onRefresh} busy={props.busy} />
      <button
        type="button"
        class="vpo-button jobs-help-button"
        aria-keyshortcuts="?"
        title="Keyboard shortcuts (?)"
        onClick={() => props.onHelp()}
      >
        <span aria-hidden="true">?</span>
        <span class="vpo-visually-hidden">Keyboard shortcuts</span>
      </button>
    </div>
  );
}
