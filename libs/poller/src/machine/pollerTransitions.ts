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

/** A key change: switch to the new resource, then fetch it now as a refresh would. */
export function switchTo(target: string, reenter = false) {
  return { target, reenter, actions: ['switchKey', 'supersedeRequest'] } as const;
}

/** The next page, now, in `target`: the answer said more is waiting. */
export function readOn(target: string) {
  return { guard: 'hasMore', target, reenter: true, actions: ['applyOk', 'supersedeRequest'] } as const;
}

/** A 304: stop if the data it confirms is now final (a log whose job has finished), else go on in `target`. */
export function notModifiedTo(target: string) {
  return [
    {
      guard: 'isTerminalOutcome',
      target: '#poller.terminal.stopped',
      actions: ['applyNotModified', 'markFinished'],
    },
    { target, actions: 'applyNotModified' },
  ] as const;
}

/** How a polling state (idle, connected, reconnecting, error) reacts to the outcome of its fetch. */
export const pollingOutcomes = {
  'FETCH.OK': [
    { guard: 'isTerminalOutcome', target: '#poller.terminal.stopped', actions: ['applyOk', 'markFinished'] },
    readOn('#poller.connected.fetching'),
    { target: '#poller.connected.waiting', actions: 'applyOk' },
  ],
  'FETCH.NOT_MODIFIED': notModifiedTo('#poller.connected.waiting'),
  'FETCH.GONE': { target: '#poller.terminal.stopped', actions: 'markGone' },
  'FETCH.UNAUTHORIZED': { target: '#poller.terminal.stopped', actions: 'applyUnauthorized' },
  'FETCH.RATE_LIMITED': { target: '#poller.throttled.waiting', actions: 'applyRateLimited' },
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

/** A hold from the server that ends after the armed timer: wait again, until the hold ends. */
const postponeOnHold = {
  guard: 'holdsPastNextPoll',
  target: 'waiting',
  reenter: true,
  actions: 'postponeToHold',
} as const;

/**
 * A state that polls: fetch at once on entry (also when resumed after a pause), then wait `delay`. A state that
 * is failing (reconnecting, error) tries again at once when another poller of the page got an answer.
 */
export function pollingState(
  name: Exclude<ResumeTarget, 'idle'>,
  delay: 'pollDelay' | 'retryDelay' | 'backoffDelay',
) {
  // Only a failing state has a backoff that another poller's answer should end; a throttled one waits on.
  const failing = name === 'reconnecting' || name === 'error';
  const onAnswer = failing ? { 'CONNECTION.ANSWERED': 'fetching' } : {};
  return {
    entry: remember(name),
    initial: 'fetching',
    states: {
      fetching: { ...fetching, on: pollingOutcomes },
      waiting: {
        tags: ['scheduled'],
        after: { [delay]: 'fetching' },
        on: { 'CONNECTION.HOLD': postponeOnHold, ...onAnswer },
      },
    },
    on: { 'USER.REFRESH': refreshTo('.fetching'), 'KEY.CHANGE': switchTo('.fetching') },
  } as const;
}
