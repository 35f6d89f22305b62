import type { JobReader } from '../db/jobReader.ts';
import { readListBody, type ListBody, type ListBodyRequest } from './readListBody.ts';

/** Where the list route's queries run: worker threads (`createPooledListQueries`) or the event loop. */
export interface ListQueries {
  /** Rejects with `QueryTimeoutError` when the read takes longer than the configured timeout. */
  listBody(request: ListBodyRequest): Promise<ListBody>;
  /** Stops the threads, if any (the app calls it when it closes). */
  close(): Promise<void>;
}

/**
 * List queries on the event loop, over the app's own reader: for a `:memory:` database, `queryWorkers: 0`,
 * and tests that watch the reader. Nothing can stop a synchronous query, so there is no timeout here.
 *
 * @example const lists = inlineListQueries(new JobReader(db));
 */
export function inlineListQueries(reader: JobReader): ListQueries {
  return {
    listBody: async (request) => readListBody(reader, request),
    close: async () => undefined,
  };
}
