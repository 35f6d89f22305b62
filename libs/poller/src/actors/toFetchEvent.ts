import type { FetchEvent, FetchTiming } from '../machine/pollerEvents.ts';
import type { FetchOutcome, PollError } from '../types.ts';

/**
 * Turns what a fetcher reported for `key` into the machine event for it. `kept` is the data the poller holds
 * for that key, which a 304 confirms (its terminal check runs on it). Anything that is not a known outcome — a
 * buggy fetcher, or an `isTerminal` that throws — becomes a `shape` failure instead of crashing the poller.
 */
export function toFetchEvent<T>(
  outcome: FetchOutcome<T> | null | undefined,
  timing: FetchTiming,
  key: string,
  kept: T | undefined,
  isTerminal: ((data: T) => boolean) | undefined,
): FetchEvent {
  const terminalOf = (data: T | undefined): boolean | PollError => {
    try {
      return data !== undefined && isTerminal !== undefined && isTerminal(data) === true;
    } catch (error) {
      return { kind: 'shape', message: `isTerminal threw: ${describe(error)}` };
    }
  };
  switch (outcome?.kind) {
    case 'ok': {
      const terminal = terminalOf(outcome.data);
      if (typeof terminal !== 'boolean') return failure(timing, terminal);
      const { data, etag = null, more = false } = outcome;
      return { type: 'FETCH.OK', key, data, etag, terminal, more: more === true, ...timing };
    }
    case 'not-modified': {
      const terminal = terminalOf(kept);
      if (typeof terminal !== 'boolean') return failure(timing, terminal);
      return { type: 'FETCH.NOT_MODIFIED', terminal, ...timing };
    }
    case 'gone':
      return { type: 'FETCH.GONE', ...timing };
    case 'rate-limited':
      return { type: 'FETCH.RATE_LIMITED', retryAfterMs: Number(outcome.retryAfterMs) || 0, ...timing };
    case 'unauthorized':
      return {
        type: 'FETCH.UNAUTHORIZED',
        error: outcome.error ?? { kind: 'unauthorized', status: 401, message: 'Not authorized' },
        ...timing,
      };
    case 'failure':
      return failure(timing, outcome.error ?? { kind: 'network', message: 'Request failed' });
    default:
      return failure(timing, { kind: 'shape', message: 'The fetcher returned an unknown outcome' });
  }
}

/** A rejected fetcher promise (or a synchronous throw) is a network failure. */
export function networkFailureEvent(error: unknown, timing: FetchTiming): FetchEvent {
  return failure(timing, { kind: 'network', message: describe(error) });
}

function failure(timing: FetchTiming, error: PollError): FetchEvent {
  return { type: 'FETCH.FAILURE', error, ...timing };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return typeof error === 'string' && error ? error : 'Request failed';
}
