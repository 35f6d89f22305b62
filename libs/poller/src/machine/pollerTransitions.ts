import type { ResumeTarget } from './pollerContext.ts';

/*
 * Transition fragments shared by several states of the poller machine. Plain config objects: the machine
 * definition stays data, so `xstate/graph` and the state-chart page see every transition.
 */

/** A state that has a request in flight: the fetch actor keeps one running exactly while this tag is on. */
export const fetching = { tags: ['fetching'] } as const;

/** A refresh: fetch now, superseding a request in flight (a new `requestSeq` tells the fetch actor). */
export function refreshTo(target: string, reenter = false) {
  return { target, reenter, actions: 'supersedeRequest' } as const;
}

/** How a polling state (idle, connected, reconnecting, error) reacts to the outcome of its fetch. */
export const pollingOutcomes = {
  'FETCH.OK': [
    { guard: 'isTerminalData', target: '#poller.terminal.stopped', actions: ['applyOk', 'markFinished'] },
    { target: '#poller.connected.waiting', actions: 'applyOk' },
  ],
  'FETCH.NOT_MODIFIED': { target: '#poller.connected.waiting', actions: 'applyNotModified' },
  'FETCH.GONE': { target: '#poller.terminal.stopped', actions: 'markGone' },
  'FETCH.UNAUTHORIZED': { target: '#poller.terminal.stopped', actions: 'applyUnauthorized' },
  'FETCH.RATE_LIMITED': [
    { guard: 'reachesErrorThreshold', target: '#poller.error.waiting', actions: 'applyRateLimited' },
    { target: '#poller.reconnecting.waiting', actions: 'applyRateLimited' },
  ],
  'FETCH.FAILURE': [
    { guard: 'reachesErrorThreshold', target: '#poller.error.waiting', actions: 'applyFailure' },
    { target: '#poller.reconnecting.waiting', actions: 'applyFailure' },
  ],
} as const;

/** Pause events that add a reason and stop whatever runs inside `paused`/`terminal`. */
export const stopOnPause = {
  'VISIBILITY.HIDDEN': { target: '.stopped', actions: 'addPauseReason' },
  'NETWORK.OFFLINE': { target: '.stopped', actions: 'addPauseReason' },
  'USER.PAUSE': { target: '.stopped', actions: 'addPauseReason' },
} as const;

/** Resume events: remove their reason; `target` is taken only when no reason is left. */
export function resumeTo(target: string) {
  const transition = [
    { guard: 'clearsLastPauseReason', target, actions: 'removePauseReason' },
    { actions: 'removePauseReason' },
  ] as const;
  return {
    'VISIBILITY.VISIBLE': transition,
    'NETWORK.ONLINE': transition,
    'USER.RESUME': transition,
  } as const;
}

/** Entry action of a polling state: a pause returns here. */
export function remember(state: ResumeTarget) {
  return { type: 'rememberState', params: { state } } as const;
}

/** Transient step out of `paused`: continue in the polling state the pause interrupted. */
export function resumeIn(state: Exclude<ResumeTarget, 'idle'>) {
  return { guard: { type: 'cameFrom', params: { state } }, target: `#poller.${state}` } as const;
}

/**
 * A state that polls: fetch at once on entry (also when resumed after a pause), then wait `delay`.
 */
export function pollingState(
  name: Exclude<ResumeTarget, 'idle'>,
  delay: 'pollDelay' | 'retryDelay' | 'backoffDelay',
) {
  return {
    entry: remember(name),
    initial: 'fetching',
    states: {
      fetching: { ...fetching, on: pollingOutcomes },
      waiting: { tags: ['scheduled'], after: { [delay]: 'fetching' } },
    },
    on: { 'USER.REFRESH': refreshTo('.fetching') },
  } as const;
}
