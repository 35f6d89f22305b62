import type { PollerStateName } from '@vpo-live/poller';

// Most alarming first: a failing log poller must show even while the job poller is fine, and a page stays
// "Live" until both pollers have stopped.
const PRIORITY: readonly PollerStateName[] = [
  'error',
  'reconnecting',
  'throttled',
  'connected',
  'idle',
  'paused',
  'terminal',
];

/**
 * One connection state for a page driven by several pollers (the job and its log): the most alarming of
 * theirs. Pollers that no longer run (disposed) are left out by the caller.
 *
 * @example combinedState(['terminal', 'connected']) // 'connected' (the final log fetch is still running)
 */
export function combinedState(states: readonly PollerStateName[]): PollerStateName {
  for (const state of PRIORITY) if (states.includes(state)) return state;
  return states[0] ?? 'idle';
}
