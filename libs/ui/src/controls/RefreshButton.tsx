import type { JSX } from 'solid-js';

export interface RefreshButtonProps {
  onRefresh: () => void;
  /** True while a request is in flight: the button shows a small spinner and sets `aria-busy`. */
  busy?: boolean;
  /** Visible text (default "Refresh"). */
  label?: string;
}

/**
 * "Refresh now" button whose ↻ icon turns while a request is in flight (FR-015, only for requests slower
 * than 200 ms, so fast polls do not flicker). It stays clickable while busy: the engine supersedes the running
 * request instead of stacking another.
 *
 * @example <RefreshButton onRefresh={() => poller.refresh()} busy={snapshot().isFetching} />
 */
export function RefreshButton(props: RefreshButtonProps): JSX.Element {
  return (
    <button
      type="button"
      class="vpo-button vpo-refresh"
      aria-busy={props.busy ? 'true' : 'false'}
      // A listener on the button itself: Solid's delegated events find the handler by walking up from the
      // target and redefine properties of the event on every click, a cost each manual poll would pay.
      on:click={() => props.onRefresh()}
    >
      <span class="vpo-spinner" classList={{ 'vpo-spinner--active': props.busy === true }} aria-hidden="true">
        ↻
      </span>
      {props.label ?? 'Refresh'}
    </button>
  );
}
