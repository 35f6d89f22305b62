import type { Fetcher } from '@vpo-live/poller';

/**
 * A fetcher that sends nothing while `isOpen()` is false: its request waits, sending nothing, until the engine
 * aborts it (the session pauses a closed reader as soon as it is made, so the engine's first request — made
 * when the poller starts — never reaches the network).
 *
 * @example const fetch = gatedFetcher(() => jobHasStarted, tail.fetch);
 */
export function gatedFetcher<T>(isOpen: () => boolean, fetch: Fetcher<T>): Fetcher<T> {
  return (context) => {
    if (isOpen()) return fetch(context);
    return new Promise((_, reject) => {
      const abort = () =>
        reject(context.signal.reason ?? new DOMException('The request was aborted', 'AbortError'));
      if (context.signal.aborted) abort();
      else context.signal.addEventListener('abort', abort, { once: true });
    });
  };
}
