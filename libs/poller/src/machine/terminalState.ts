import { fetching, refreshTo, switchTo, remember, resumeTo, stopOnPause } from './pollerTransitions.ts';

/**
 * `terminal`: the job finished, is gone (404) or access was refused (401). Nothing runs in `stopped`. Coming
 * back to the page, or a refresh, makes one request (`checking`): a finished job that VPO re-queued sends the
 * poller back to polling.
 */
export const terminalState = {
  initial: 'stopped',
  states: {
    stopped: {},
    /** One request to see whether a finished job came back (VPO re-queues jobs). */
    checking: {
      ...fetching,
      on: {
        'FETCH.OK': [
          { guard: 'isTerminalOutcome', target: 'stopped', actions: ['applyOk', 'markFinished'] },
          {
            guard: 'hasPauseReason',
            target: '#poller.paused',
            actions: ['applyOk', 'clearTerminalReason', remember('connected')],
          },
          {
            guard: 'hasMore',
            target: '#poller.connected.fetching',
            actions: ['applyOk', 'clearTerminalReason', 'supersedeRequest'],
          },
          { target: '#poller.connected.waiting', actions: ['applyOk', 'clearTerminalReason'] },
        ],
        'FETCH.NOT_MODIFIED': [
          {
            guard: 'isTerminalOutcome',
            target: 'stopped',
            actions: ['applyNotModified', 'markFinished'],
          },
          {
            guard: 'hasPauseReason',
            target: '#poller.paused',
            actions: ['applyNotModified', 'clearTerminalReason', remember('connected')],
          },
          { target: '#poller.connected.waiting', actions: ['applyNotModified', 'clearTerminalReason'] },
        ],
        'FETCH.GONE': { target: 'stopped', actions: 'markGone' },
        'FETCH.UNAUTHORIZED': { target: 'stopped', actions: 'applyUnauthorized' },
        'FETCH.RATE_LIMITED': { target: 'stopped', actions: 'recordCheckError' },
        'FETCH.FAILURE': { target: 'stopped', actions: 'recordCheckError' },
      },
    },
  },
  on: {
    ...stopOnPause,
    ...resumeTo('.checking'),
    'USER.REFRESH': refreshTo('.checking'),
    'KEY.CHANGE': switchTo('.checking'),
  },
} as const;
