import type { PollerStateName } from '@vpo-live/poller';

/** VPO's header classes: `connection-status--<modifier>`. */
export type ConnectionModifier = 'connected' | 'reconnecting' | 'error' | 'paused';

export interface ConnectionView {
  /** The visible text: Live / Reconnecting / Offline / Paused (plus Connecting, Slowed down and Stopped). */
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
  terminal: { label: 'Stopped', modifier: 'paused' },
};

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
