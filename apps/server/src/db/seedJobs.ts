/**
 * Generated job history in the database: the fixtures' one job generator (`generateJob`), stored through one
 * bulk insert. Used by `vpo-live seed`, the demo's first rows and the server benchmark.
 */
import { formatTimestamp, parseTimestampMicros, type JobSeed } from '@vpo-live/vpo-api';
import {
  between,
  generateJob,
  randomUuid,
  type GenerateJobOptions,
  type Random,
} from '@vpo-live/vpo-api/fixtures';
import type Database from 'better-sqlite3';
import { insertJobRows, toJobInsertRow, type JobInsertRow } from './jobInserts.ts';

/** What {@link seedJobs} generates and how it reports progress. */
export interface SeedJobsOptions extends GenerateJobOptions {
  readonly count: number;
  readonly random: Random;
  /** Called every `progressEvery` rows (default 1000) with the rows inserted so far. */
  readonly onProgress?: (done: number) => void;
  readonly progressEvery?: number;
}

/**
 * A generated job as the row `vpo-live seed` stores: who enqueued it, and for a running job a worker that died
 * (a heartbeat from its first minute), so a runner re-queues it once the heartbeat is stale.
 */
export function seedRow(job: JobSeed, random: Random): JobInsertRow {
  const origin = random() < 0.7 ? 'cli' : 'daemon';
  if (job.status !== 'running') return toJobInsertRow(job, { origin });
  const started = (parseTimestampMicros(job.started_at ?? job.created_at) ?? 0) / 1000;
  return toJobInsertRow(job, {
    origin,
    worker_pid: between(random, 2000, 60_000),
    worker_heartbeat: formatTimestamp(started + random() * 60_000),
  });
}

/**
 * Inserts `count` generated jobs in one transaction ({@link insertJobRows}) and returns their ids in insertion
 * order. Ids are drawn first and sorted, so the primary key grows at its end instead of splitting pages.
 *
 * @example seedJobs(db, { count: 1000, random: createRandom(7), now: Date.now(), days: 45, statuses: STATUS_MIXES.history })
 */
export function seedJobs(db: Database.Database, options: SeedJobsOptions): string[] {
  const { count, random } = options;
  const ids = Array.from({ length: count }, () => randomUuid(random)).sort();
  insertJobRows(
    db,
    count,
    (i) => seedRow(generateJob(random, options, ids[i]), random),
    options.onProgress,
    options.progressEvery,
  );
  return ids;
}
