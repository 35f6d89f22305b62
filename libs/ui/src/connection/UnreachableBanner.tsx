import { Show, type JSX } from 'solid-js';
import type { PollerStateName } from '@vpo-live/poller';
import { nextTryText } from './connectionView.ts';

export interface UnreachableBannerProps {
  /** The page's connection state (a poller's top-level state, or several combined). */
  state: PollerStateName | string;
  /** When the next request goes out (the snapshot's `nextPollAt`), on the same clock as `now`. */
  nextPollAt: number | null;
  /** The page's ticking clock. */
  now: number;
  /** Try again now (the poller's `refresh`). */
  onRetry: () => void;
}

/**
 * States in which the server did not answer: failures, counted by the engine. Not `throttled` (the server
 * answered and asked us to wait) nor `paused` (we chose not to ask).
 */
const UNREACHABLE: ReadonlySet<string> = new Set<PollerStateName>(['reconnecting', 'error']);

/**
 * "Cannot reach the server — next try in 37 s" with a Retry button, while the pollers fail; gone on recovery.
 * Its sentence is a polite live region that is always in the page (empty while the server answers), so it is
 * announced once when the banner appears; the countdown is hidden from assistive technology so it is not read
 * every second, and the button stays outside the region.
 *
 * @example <UnreachableBanner state={snapshot().state} nextPollAt={snapshot().nextPollAt} now={now()} onRetry={() => poller.refresh()} />
 */
export function UnreachableBanner(props: UnreachableBannerProps): JSX.Element {
  const shown = () => UNREACHABLE.has(props.state);
  const nextTry = () => nextTryText(props.state, props.nextPollAt, props.now);
  return (
    <div class={shown() ? 'vpo-unreachable' : 'vpo-unreachable--hidden'} data-testid="unreachable-banner">
      <p class="vpo-unreachable__text" aria-live="polite">
        <Show when={shown()}>
          Cannot reach the server
          <Show when={nextTry()}>{(text) => <span aria-hidden="true">{` — ${text()}`}</span>}</Show>
        </Show>
      </p>
      <Show when={shown()}>
        <button type="button" class="vpo-button" on:click={() => props.onRetry()}>
          Retry
        </button>
      </Show>
    </div>
  );
}
