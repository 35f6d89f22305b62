import type { PollerStateName } from '@vpo-live/poller';
import { formatDuration } from '../format/formatDuration.ts';

/** VPO's header classes: `connection-status--<modifier>`. */
export type ConnectionModifier = 'connected' | 'reconnecting' | 'error' | 'paused';

export interface ConnectionView {
  /** The visible text: Live / Reconnecting / Offline / Paused (plus Connecting, Slowed down and Not polling). */
  label: string;
  modifier: ConnectionModifier;
}

const VIEWS: Record<PollerStateName, ConnectionView> = {
  idle: { label: 'Connecting', modifier: 'reconnecting' },
  connected: { label: 'Live', modifier: 'connected' },
  // A 429: the server answers and asks to wait. VPO's header has no class of its own for it.
  throttled: { label: 'Slowed down', modifier: 'reconnecting' },
  reconnecting: { label: 'Reconnecting', modifier: 'reconnecting' },
  error: { label: 'Offline', modifier: 'error' },
  paused: { label: 'Paused', modifier: 'paused' },
  // The job is final (or gone, or needs a login): nothing more is asked. Not "Stopped", which beside a job's
  // title reads as the job's own state.
  terminal: { label: 'Not polling', modifier: 'paused' },
};

/**
 * What the indicator says while a page shows a recorded trace instead of anything live (the state chart's
 * replay): grey, like a paused poller, since nothing is being asked of the server.
 */
export const REPLAY_VIEW: ConnectionView = { label: 'Replay', modifier: 'paused' };

/** The countdown's element inside an indicator, rendered and written the same way. */
export const NEXT_TRY_CLASS = 'connection-status__next';

/** All modifiers, so a writer can remove the ones that no longer apply. */
export const CONNECTION_MODIFIERS: readonly ConnectionModifier[] = [
  'connected',
  'reconnecting',
  'error',
  'paused',
];

/**
 * Text and VPO class modifier for a poller state. An unknown state (a newer engine) reads as "Reconnecting"
 * rather than throwing.
 *
 * @example connectionView('error') // { label: 'Offline', modifier: 'error' }
 */
export function connectionView(state: PollerStateName | string): ConnectionView {
  return (VIEWS as Record<string, ConnectionView>)[state] ?? VIEWS.reconnecting;
}

/**
 * States in which the wait before the next request is news: the server asked us to slow down, or it did not
 * answer. While live the next poll is routine, and paused or stopped pollers do not try at all.
 */
const COUNTDOWN_STATES: ReadonlySet<string> = new Set<PollerStateName>([
  'throttled',
  'reconnecting',
  'error',
]);

/**
 * "next try in 7 s" while a throttled or failing poller waits for its next request (`nextPollAt`, from the
 * poller's snapshot, on the same clock as `now`); `null` when there is nothing to count down.
 *
 * @example nextTryText('throttled', 7_000, 0) // 'next try in 7 s'
 */
export function nextTryText(
  state: PollerStateName | string,
  nextPollAt: number | null,
  now: number,
): string | null {
  if (nextPollAt === null || !COUNTDOWN_STATES.has(state)) return null;
  // Rounded up: "in 1 s" until the request goes out, never "in 0 s" while still waiting.
  const seconds = Math.ceil((nextPollAt - now) / 1000);
  return seconds >= 1 ? `next try in ${formatDuration(seconds)}` : null;
}
