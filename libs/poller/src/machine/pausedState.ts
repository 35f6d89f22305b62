import {
  fetching,
  notModifiedTo,
  readOn,
  refreshTo,
  resumeIn,
  resumeTo,
  stopOnPause,
  switchTo,
} from './pollerTransitions.ts';

/**
 * `paused`: page hidden, offline, polling disabled or paused by the user. Nothing runs in `stopped`; a refresh
 * makes one request (`refreshing`) and stays paused; when the last pause reason goes, `resuming` continues in
 * the polling state the pause interrupted, fetching at once.
 */
export const pausedState = {
  initial: 'stopped',
  states: {
    stopped: {},
    /** A refresh while paused: one request, then still paused. */
    refreshing: {
      ...fetching,
      on: {
        'FETCH.OK': [
          {
            guard: 'isTerminalOutcome',
            target: '#poller.terminal.stopped',
            actions: ['applyOk', 'markFinished'],
          },
          // The next page while polling is disabled by the host: read it at once, still paused.
          readOn('refreshing'),
          { target: 'stopped', actions: 'applyOk' },
        ],
        'FETCH.NOT_MODIFIED': notModifiedTo('stopped'),
        'FETCH.GONE': { target: '#poller.terminal.stopped', actions: 'markGone' },
        'FETCH.UNAUTHORIZED': { target: '#poller.terminal.stopped', actions: 'applyUnauthorized' },
        'FETCH.RATE_LIMITED': { target: 'stopped', actions: 'applyRateLimited' },
        'FETCH.FAILURE': { target: 'stopped', actions: 'applyFailure' },
      },
    },
    /** Passed through when the last pause reason goes: fetch at once in the state polling was in. */
    resuming: {
      always: [
        resumeIn('connected'),
        resumeIn('throttled'),
        resumeIn('reconnecting'),
        resumeIn('error'),
        { target: '#poller.idle' },
      ],
    },
  },
  on: {
    ...stopOnPause,
    ...resumeTo('.resuming'),
    'USER.REFRESH': refreshTo('.refreshing'),
    'KEY.CHANGE': switchTo('.refreshing'),
  },
} as const;
