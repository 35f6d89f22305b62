import { parentPort, workerData } from 'node:worker_threads';
import type {
  QueryErrorInfo,
  QueryReplyMessage,
  QueryRequestMessage,
  QueryWorkerData,
} from './queryMessages.ts';

/** The worker module's own `data` (see `QueryPoolOptions.data`). */
export function queryWorkerData<Data>(): Data {
  return (workerData as QueryWorkerData<Data>).data;
}

function errorInfo(error: unknown): QueryErrorInfo {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { name: error.name, message: error.message, ...(typeof code === 'string' ? { code } : {}) };
}

/**
 * The worker side of a {@link QueryPool}: answers each request with the handler's value, or its error as
 * plain data. `setup` (open the database, …) runs at the first request, inside the same error handling, so
 * a database that cannot be opened is answered as that request's error — with its name, message and code —
 * and tried again at the next. One request at a time: the pool never sends a second before the first is
 * answered.
 *
 * @example answerQueries(() => { const reader = open(); return (request) => readListBody(reader, request); });
 */
export function answerQueries<Request, Result>(setup: () => (request: Request) => Result): void {
  const port = parentPort;
  if (port === null) throw new Error('answerQueries runs in a worker thread');
  let handle: ((request: Request) => Result) | undefined;
  port.on('message', ({ id, request }: QueryRequestMessage<Request>) => {
    let reply: QueryReplyMessage<Result>;
    try {
      handle ??= setup();
      reply = { id, ok: true, value: handle(request) };
    } catch (error) {
      reply = { id, ok: false, error: errorInfo(error) };
    }
    port.postMessage(reply);
  });
}
