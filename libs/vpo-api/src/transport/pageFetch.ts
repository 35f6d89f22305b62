import { createWorkerFetch } from './createWorkerFetch.ts';
import { directFetch, type HttpFetch } from './httpFetch.ts';

let shared: HttpFetch | undefined;

/**
 * How this page makes the client's GETs: through one fetch worker per page (made with the first client, used
 * once it has started), or `globalThis.fetch` where there are no workers (Node, tests, a worker itself).
 */
export function pageFetch(): HttpFetch {
  if (typeof Worker !== 'function' || typeof document === 'undefined') return directFetch;
  shared ??= createWorkerFetch(
    () => new Worker(new URL('./fetchWorker.ts', import.meta.url), { name: 'vpo-live fetch' }),
    directFetch,
  );
  return shared;
}
