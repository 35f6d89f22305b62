import DataLoader from 'dataloader';
import type { JobReader } from '../db/jobReader.ts';

/** What a list ETag is made of, read in one snapshot. */
export interface ListVersion {
  /** The change counter. */
  readonly counter: number;
  /** For a `since` list: the oldest created_at at or after the cutoff (null: none, or no `since`). */
  readonly createdSince: string | null;
}

type VersionKey =
  { readonly kind: 'list'; readonly cutoff: string | null } | { readonly kind: 'job'; readonly id: string };
type Version = ListVersion | number | null;

/**
 * The versions ETags are made of, with the reads of every request that arrives in the same turn of the
 * event loop coalesced into one SQLite snapshot (DataLoader, dispatched in `setImmediate`).
 *
 * Why: a WAL-mode autocommit read takes and drops a shared-memory lock each time (two `fcntl` and an
 * `fstat`); under load that costs more than all the rest of a 304. With many pollers, the requests of one
 * turn then share one lock and one counter read.
 *
 * Exactness is kept: a batch is read in the check phase, after every request in it was received, so any
 * commit that finished before a request arrived is seen by it — as with one read per request.
 *
 * @example
 * const versions = new VersionLoader(reader);
 * const { counter } = await versions.list(null);
 */
export class VersionLoader {
  private readonly loader: DataLoader<VersionKey, Version, VersionKey>;

  constructor(reader: JobReader) {
    this.loader = new DataLoader<VersionKey, Version, VersionKey>(
      // async: a read error rejects the batch as itself (DataLoader wraps synchronous throws in a TypeError).
      async (keys) => readVersions(reader, keys),
      { cache: false, batchScheduleFn: (dispatch) => setImmediate(dispatch) },
    );
  }

  /** The change counter and, when `cutoff` is set, the oldest created_at at or after it. */
  list(cutoff: string | null): Promise<ListVersion> {
    return this.loader.load({ kind: 'list', cutoff }) as Promise<ListVersion>;
  }

  /** The counter value of the job's last change, or null when no such job exists. */
  job(id: string): Promise<number | null> {
    return this.loader.load({ kind: 'job', id }) as Promise<number | null>;
  }
}

/** One batch: a single autocommit read when one suffices, else one snapshot for all. */
function readVersions(reader: JobReader, keys: ReadonlyArray<VersionKey>): Version[] {
  const only = keys.length === 1 ? keys[0] : undefined;
  if (only?.kind === 'job') return [reader.jobVersion(only.id)];
  if (only?.kind === 'list' && only.cutoff === null)
    return [{ counter: reader.changeCounter(), createdSince: null }];
  return reader.snapshot(() => {
    let counter: number | undefined;
    const createdSince = new Map<string, string | null>();
    return keys.map((key): Version => {
      if (key.kind === 'job') return reader.jobVersion(key.id);
      counter ??= reader.changeCounter();
      if (key.cutoff === null) return { counter, createdSince: null };
      let oldest = createdSince.get(key.cutoff);
      if (oldest === undefined) {
        oldest = reader.oldestCreatedSince(key.cutoff);
        createdSince.set(key.cutoff, oldest);
      }
      return { counter, createdSince: oldest };
    });
  });
}
