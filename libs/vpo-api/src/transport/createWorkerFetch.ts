import type { WorkerAbort, WorkerError, WorkerReply, WorkerRequest } from './fetchWorkerProtocol.ts';
import type { HttpAnswer, HttpFetch, HttpInit } from './httpFetch.ts';
import { pageUrl } from './pageUrl.ts';

/** The part of a `Worker` used here (a fake one in tests). */
export interface WorkerPort {
  postMessage(message: WorkerRequest | WorkerAbort): void;
  onmessage: ((event: MessageEvent<WorkerReply>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

interface Pending {
  url: string;
  init: HttpInit;
  resolve: (answer: HttpAnswer) => void;
  reject: (error: unknown) => void;
  onAbort: () => void;
}

/**
 * A fetch that hands each GET to a worker (`fetchWorker.ts`, made at once) and answers with what it sent back,
 * shaped like a `Response`. Until the worker says it is ready — and for good if it cannot be made or fails (a
 * host page on another origin, a CSP that forbids it, a crash) — requests go to `direct` instead, so nothing
 * waits on a worker that never comes: the first poll is not delayed by the worker's start, and requests in
 * flight when it fails are made again directly. An aborted signal rejects at once with its reason, as `fetch`
 * does.
 *
 * @example const fetch = createWorkerFetch(() => new Worker(url), directFetch);
 */
export function createWorkerFetch(makeWorker: () => WorkerPort, direct: HttpFetch): HttpFetch {
  let worker: WorkerPort | null = null;
  let ready = false;
  let lastId = 0;
  const pending = new Map<number, Pending>();

  const settle = (id: number): Pending | undefined => {
    const request = pending.get(id);
    if (!request) return undefined;
    pending.delete(id);
    request.init.signal.removeEventListener('abort', request.onAbort);
    return request;
  };

  const fail = (): void => {
    ready = false;
    worker?.terminate();
    worker = null;
    for (const id of [...pending.keys()]) {
      const request = settle(id)!;
      direct(request.url, request.init).then(request.resolve, request.reject);
    }
  };

  const start = (): void => {
    try {
      worker = makeWorker();
    } catch {
      return;
    }
    worker.onerror = fail;
    worker.onmessage = ({ data }) => {
      if ('ready' in data) {
        ready = true;
        return;
      }
      const request = settle(data.id);
      if (!request) return;
      if ('error' in data) request.reject(rebuild(data.error));
      else request.resolve(answerOf(data.status, data.statusText, data.headers, data.body, data.bodyError));
    };
  };

  start();
  return (url, init) => {
    if (!ready || !worker) return direct(url, init);
    const { signal } = init;
    if (signal.aborted) return Promise.reject(signal.reason);
    const port = worker;
    const id = ++lastId;
    return new Promise<HttpAnswer>((resolve, reject) => {
      const onAbort = () => {
        settle(id);
        port.postMessage({ abort: id });
        reject(signal.reason);
      };
      signal.addEventListener('abort', onAbort, { once: true });
      pending.set(id, { url, init, resolve, reject, onAbort });
      const { headers, cache, credentials } = init;
      // Resolved on the page: a worker would resolve a relative URL against its own address.
      port.postMessage({ id, url: pageUrl(url)?.href ?? url, headers, cache, credentials });
    });
  };
}

/** The error `fetch` would have thrown: a TypeError for a network failure, a DOMException for the others. */
function rebuild({ name, message }: WorkerError): Error {
  return name === 'TypeError' ? new TypeError(message) : new DOMException(message, name);
}

function answerOf(
  status: number,
  statusText: string,
  headers: [string, string][],
  body: string | null,
  bodyError: WorkerError | undefined,
): HttpAnswer {
  const read = (): Promise<string> =>
    bodyError ? Promise.reject(rebuild(bodyError)) : Promise.resolve(body ?? '');
  return {
    status,
    statusText,
    headers: {
      get(name) {
        const lower = name.toLowerCase();
        return headers.find(([key]) => key === lower)?.[1] ?? null;
      },
    },
    text: read,
    // JSON.parse's SyntaxError is what `Response.json()` rejects with for a body that is not JSON.
    json: () => read().then((text) => JSON.parse(text) as unknown),
  };
}
