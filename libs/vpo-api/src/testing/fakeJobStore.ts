import type { JobSeed } from '../jobs/jobSeed.ts';
import type { ScanError } from '../schemas.ts';

/** Everything a fake (or a contract target) holds: job rows, raw log lines per job, scan errors per job. */
export interface JobStoreData {
  jobs: JobSeed[];
  /** Raw lines, already in VPO's `[timestamp] text` format. A job with an entry here "has logs". */
  logs?: Record<string, string[]>;
  scanErrors?: Record<string, ScanError[]>;
}

/** Why the fake answers 503, as VPO does while stopping or without its database. */
export type StoreAvailability = 'ok' | 'shutting-down' | 'database-unavailable';

/** An in-memory jobs database with the writes other processes make (the CLI, the job runner). */
export interface FakeJobStore {
  /** The store's clock (the `since` filter, health's recent errors). */
  now(): number;
  /** Replaces all data. */
  seed(data: JobStoreData): void;
  /** Adds a job, or replaces the one with its id. */
  insertJob(job: JobSeed): void;
  /** Applies a patch; throws when the job does not exist. Returns the new row. */
  updateJob(id: string, patch: Partial<JobSeed>): JobSeed;
  /** Removes a job with its logs and scan errors; false when it did not exist. */
  deleteJob(id: string): boolean;
  /** Appends raw lines to a job's log (creating the log). */
  appendLog(id: string, lines: readonly string[]): void;
  setScanErrors(id: string, errors: readonly ScanError[]): void;
  getJob(id: string): JobSeed | undefined;
  /** All jobs in insertion order (the order of ties when sorting). */
  listJobs(): JobSeed[];
  /** A job's log lines, or undefined when it has no log. */
  getLogs(id: string): readonly string[] | undefined;
  getScanErrors(id: string): readonly ScanError[];
  availability(): StoreAvailability;
  setAvailability(availability: StoreAvailability): void;
  /** Increases with every write. */
  version(): number;
}

export interface FakeJobStoreOptions {
  data?: JobStoreData;
  /** Defaults to `Date.now`. */
  now?: () => number;
}

const copy = <T>(value: T): T => structuredClone(value);

/**
 * Creates the in-memory store behind the msw handlers. Rows are copied on the way in and out, so tests cannot
 * change stored data by accident.
 * @example const store = createFakeJobStore({ data: { jobs: buildJobs(20) } });
 */
export function createFakeJobStore(options: FakeJobStoreOptions = {}): FakeJobStore {
  const now = options.now ?? Date.now;
  let jobs = new Map<string, JobSeed>();
  let logs = new Map<string, string[]>();
  let scanErrors = new Map<string, ScanError[]>();
  let availability: StoreAvailability = 'ok';
  let version = 0;

  const store: FakeJobStore = {
    now: () => now(),
    seed(data) {
      jobs = new Map(data.jobs.map((job) => [job.id, copy(job)]));
      logs = new Map(Object.entries(copy(data.logs ?? {})));
      scanErrors = new Map(Object.entries(copy(data.scanErrors ?? {})));
      version += 1;
    },
    insertJob(job) {
      jobs.set(job.id, copy(job));
      version += 1;
    },
    updateJob(id, patch) {
      const current = jobs.get(id);
      if (!current) throw new Error(`No job ${id} in the fake store`);
      const next = { ...current, ...copy(patch), id };
      jobs.set(id, next);
      version += 1;
      return copy(next);
    },
    deleteJob(id) {
      const existed = jobs.delete(id);
      logs.delete(id);
      scanErrors.delete(id);
      if (existed) version += 1;
      return existed;
    },
    appendLog(id, lines) {
      logs.set(id, [...(logs.get(id) ?? []), ...lines]);
      version += 1;
    },
    setScanErrors(id, errors) {
      scanErrors.set(id, copy([...errors]));
      version += 1;
    },
    getJob: (id) => {
      const job = jobs.get(id);
      return job ? copy(job) : undefined;
    },
    listJobs: () => [...jobs.values()].map(copy),
    getLogs: (id) => logs.get(id),
    getScanErrors: (id) => scanErrors.get(id) ?? [],
    availability: () => availability,
    setAvailability(next) {
      availability = next;
    },
    version: () => version,
  };
  if (options.data) store.seed(options.data);
  return store;
}
