/**
 * A list-query worker thread (started by `createPooledListQueries`): its own read-only connection and
 * reader — prepared statements and count cache — answering one list request at a time.
 */
import { JobReader } from '../db/jobReader.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { answerQueries, queryWorkerData } from './answerQueries.ts';
import { readListBody, type ListBodyRequest } from './readListBody.ts';

/** The `data` of a list-query worker. */
export interface ListQueryWorkerData {
  readonly dbPath: string;
}

answerQueries(() => {
  const { dbPath } = queryWorkerData<ListQueryWorkerData>();
  const reader = new JobReader(openDatabase(dbPath, { readonly: true }));
  return (request: ListBodyRequest) => readListBody(reader, request);
});
