import type { FetchEvent, FetchTiming } from '../machine/pollerEvents.ts';
import type { FetchOutcome, PollError } from '../types.ts';

/**
 * Turns what a fetcher reported into the machine event for it. Anything that is not a known outcome — a
 * buggy fetcher, or an `isTerminal` that throws — becomes a `shape` failure instead of crashing the poller.
 */
export function toFetchEvent<T>(
  outcome: FetchOutcome<T> | null | undefined,
  timing: FetchTiming,
  isTerminal: ((data: T) => boolean) | undefined,
): FetchEvent {
  switch (outcome?.kind) {
    case 'ok': {
      let terminal: boolean;
      try {
        terminal = isTerminal ? isTerminal(outcome.data) === true : false;
      } catch (error) {
        return failure(timing, { kind: 'shape', message: `isTerminal threw: ${describe(error)}` });
      }
      return { type: 'FETCH.OK', data: outcome.data, etag: outcome.etag ?? null, terminal, ...timing };
    }
    case 'not-modified':
      return { type: 'FETCH.NOT_MODIFIED', ...timing };
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
