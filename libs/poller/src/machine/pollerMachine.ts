import { EMPTY, type Subscribable } from 'rxjs';
import { assertEvent, assign, fromEventObservable, setup } from 'xstate';
import {
  addPauseReason,
  applyFailure,
  applyNotModified,
  applyOk,
  applyRateLimited,
  applyUnauthorized,
  initialContext,
  postponeTo,
  recordHold,
  removePauseReason,
  switchKey,
  type PollerContext,
  type PollerInput,
  type ResumeTarget,
} from './pollerContext.ts';
import { PAUSE_REASON_OF, type PauseEvent, type PollerEvent } from './pollerEvents.ts';
import { pausedState } from './pausedState.ts';
import { pollingOutcomes, pollingState, refreshTo, remember, switchTo } from './pollerTransitions.ts';
import { terminalState } from './terminalState.ts';

/** Threshold of consecutive failures at which `reconnecting` becomes `error` (spec FR-011). */
export const ERROR_THRESHOLD = 3;

/** The part of a poller snapshot the fetch actor watches. */
export interface FetchStateSnapshot {
  hasTag(tag: 'fetching'): boolean;
  readonly context: Pick<PollerContext, 'requestSeq' | 'etag' | 'key' | 'data' | 'dataKey'>;
}

/**
 * What the fetch actor receives: the poller itself, whose snapshots say when a request must be in flight
 * (while in a state tagged `fetching`) and with which ETag.
 */
export interface FetchActorInput {
  poller: Subscribable<FetchStateSnapshot> & { getSnapshot(): FetchStateSnapshot };
}

/**
 * The polling statechart (see DESIGN.md), one per polled resource. Its actors are placeholders here;
 * `createPoller` provides the real fetch, visibility and network actors. Exported so the state-chart page can
 * draw it with `xstate/graph`.
 *
 * - `idle`: the first fetch.
 * - `connected` / `reconnecting` / `error`: poll every `interval`, retry at the interval after 1–2 failures,
 *   back off (10 s doubling to 120 s) after 3 or more.
 * - `throttled`: the server answered 429 — it is up and asks to slow down: wait its Retry-After (at least the
 *   interval), then poll again; never counted as a failure.
 * - `paused`: page hidden, offline, disabled or paused by the user; nothing runs. Resuming fetches at once and
 *   continues in the polling state it interrupted (`resumeTo`, via the transient `paused.resuming`).
 * - `terminal`: the job finished, is gone (404) or access was refused (401). Coming back to the page (or a
 *   refresh) checks once whether a finished job was re-queued.
 *
 * Wherever a refresh fetches, `KEY.CHANGE` does too, after switching to the new resource; an answer that says
 * `more` is waiting (a log's next page) is followed at once by the next request, in `connected.fetching`.
 * With a shared server connection, `CONNECTION.ANSWERED` (another poller of the page got an answer after
 * failures) ends a backoff at once, and `CONNECTION.HOLD` (a Retry-After) postpones every armed timer.
 */
export const pollerMachine = setup({
  types: {
    context: {} as PollerContext,
    events: {} as PollerEvent,
    input: {} as PollerInput,
    tags: {} as 'fetching' | 'scheduled',
  },
  actors: {
    fetchResource: fromEventObservable<PollerEvent, FetchActorInput>(() => EMPTY),
    watchVisibility: fromEventObservable<PollerEvent, void>(() => EMPTY),
    watchNetwork: fromEventObservable<PollerEvent, void>(() => EMPTY),
    watchConnection: fromEventObservable<PollerEvent, void>(() => EMPTY),
  },
  guards: {
    hasPauseReason: ({ context }) => context.pauseReasons.length > 0,
    isTerminalOutcome: ({ event }) =>
      (event.type === 'FETCH.OK' || event.type === 'FETCH.NOT_MODIFIED') && event.terminal,
    hasMore: ({ event }) => event.type === 'FETCH.OK' && event.more,
    holdsPastNextPoll: ({ context, event }) =>
      event.type === 'CONNECTION.HOLD' && event.until > (context.nextPollAt ?? Number.NEGATIVE_INFINITY),
    cameFrom: ({ context }, params: { state: ResumeTarget }) => context.resumeTo === params.state,
    reachesErrorThreshold: ({ context }) => context.errorCount + 1 >= ERROR_THRESHOLD,
    clearsLastPauseReason: ({ context, event }) => {
      const reason = PAUSE_REASON_OF[event.type as PauseEvent['type']];
      return context.pauseReasons.every((r) => r === reason);
    },
  },
  actions: {
    applyOk: assign(({ context, event }) => (assertEvent(event, 'FETCH.OK'), applyOk(context, event))),
    applyNotModified: assign(
      ({ context, event }) => (assertEvent(event, 'FETCH.NOT_MODIFIED'), applyNotModified(context, event)),
    ),
    applyFailure: assign(
      ({ context, event }) => (assertEvent(event, 'FETCH.FAILURE'), applyFailure(context, event)),
    ),
    applyRateLimited: assign(
      ({ context, event }) => (assertEvent(event, 'FETCH.RATE_LIMITED'), applyRateLimited(context, event)),
    ),
    applyUnauthorized: assign(
      ({ event }) => (assertEvent(event, 'FETCH.UNAUTHORIZED'), applyUnauthorized(event)),
    ),
    supersedeRequest: assign(({ context }) => ({ requestSeq: context.requestSeq + 1 })),
    recordHold: assign(
      ({ context, event }) => (assertEvent(event, 'CONNECTION.HOLD'), recordHold(context, event.until)),
    ),
    postponeToHold: assign(
      ({ event }) => (assertEvent(event, 'CONNECTION.HOLD'), postponeTo(event.at, event.until)),
    ),
    recordRole: assign(({ event }) => (assertEvent(event, 'TABS.ROLE'), { role: event.role })),
    switchKey: assign(
      ({ context, event }) => (assertEvent(event, 'KEY.CHANGE'), switchKey(context, event.key)),
    ),
    rememberState: assign((_, params: { state: ResumeTarget }) => ({ resumeTo: params.state })),
    markGone: assign({ terminalReason: 'gone', etag: null, error: null, errorCount: 0 }),
    markFinished: assign({ terminalReason: 'finished' }),
    clearTerminalReason: assign({ terminalReason: null }),
    /** A failed check from `terminal` only records the error: the last known state stands. */
    recordCheckError: assign(({ event }) => {
      assertEvent(event, ['FETCH.FAILURE', 'FETCH.RATE_LIMITED']);
      return event.type === 'FETCH.FAILURE'
        ? { error: event.error }
        : { error: { kind: 'rate-limited' as const, status: 429, message: 'Rate limited by the server' } };
    }),
    addPauseReason: assign(({ context, event }) =>
      addPauseReason(context, PAUSE_REASON_OF[event.type as PauseEvent['type']]),
    ),
    removePauseReason: assign(({ context, event }) =>
      removePauseReason(context, PAUSE_REASON_OF[event.type as PauseEvent['type']]),
    ),
  },
  delays: {
    pollDelay: ({ context }) => context.delayMs,
    retryDelay: ({ context }) => context.delayMs,
    backoffDelay: ({ context }) => context.delayMs,
  },
}).createMachine({
  id: 'poller',
  context: ({ input }) => initialContext(input),
  invoke: [
    // One long-lived actor runs the requests (cheaper than an actor per request); see createFetchActor.
    { src: 'fetchResource', id: 'fetch', input: ({ self }) => ({ poller: self }) },
    { src: 'watchVisibility', id: 'visibility' },
    { src: 'watchNetwork', id: 'network' },
    { src: 'watchConnection', id: 'connection' },
  ],
  initial: 'idle',
  on: {
    'VISIBILITY.HIDDEN': { target: '.paused', actions: 'addPauseReason' },
    'NETWORK.OFFLINE': { target: '.paused', actions: 'addPauseReason' },
    'USER.PAUSE': { target: '.paused', actions: 'addPauseReason' },
    // The page's server asked to slow down: whatever this poller does now, its next request waits for it.
    'CONNECTION.HOLD': { actions: 'recordHold' },
    // Another tab now leads, or this one does: recorded (and inspected), nothing else changes.
    'TABS.ROLE': { actions: 'recordRole' },
  },
  states: {
    idle: {
      tags: ['fetching'],
      entry: remember('idle'),
      always: { guard: 'hasPauseReason', target: 'paused' },
      on: {
        ...pollingOutcomes,
        'USER.REFRESH': refreshTo('idle', true),
        'KEY.CHANGE': switchTo('idle', true),
      },
    },
    connected: pollingState('connected', 'pollDelay'),
    throttled: pollingState('throttled', 'retryDelay'),
    reconnecting: pollingState('reconnecting', 'retryDelay'),
    error: pollingState('error', 'backoffDelay'),
    paused: pausedState,
    terminal: terminalState,
  },
});

/** The poller machine's type, for typed snapshots and inspection. */
export type PollerMachine = typeof pollerMachine;
