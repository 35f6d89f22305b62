import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { JobReader } from '../../db/jobReader.ts';
import type { LogIndexCache } from '../../logs/logIndexCache.ts';
import type { ListQueries } from '../../queries/listQueries.ts';
import type { ListBody } from '../../queries/readListBody.ts';
import type { InFlight } from '../inFlight.ts';
import type { ResponseCache } from '../responseCache.ts';
import type { VersionLoader } from '../versionLoader.ts';

/** What the route handlers read from: one set per app, shared by both API prefixes. */
export interface RouteDeps {
  /** The app's connection, for the job actions' writes (one transaction each). */
  readonly db: Database.Database;
  /** The app's own connection: versions, details, health — reads that take one index seek. */
  readonly reader: JobReader;
  /** Where list queries run: worker threads, off the event loop (or inline without them). */
  readonly lists: ListQueries;
  /** List bodies being read, by the ETag read before the query (one query for simultaneous pollers). */
  readonly listsInFlight: InFlight<ListBody>;
  readonly logs: LogIndexCache;
  readonly logsDir: string;
  /** Bodies of list and detail responses by ETag. */
  readonly cache: ResponseCache;
  /** The versions the ETags are made of, read once per event-loop turn for all requests. */
  readonly versions: VersionLoader;
  /** Wall-clock milliseconds (the `since` filters, health). */
  readonly now: () => number;
  /** Wall-clock milliseconds at start-up (health's uptime). */
  readonly startedAt: number;
  readonly isShuttingDown: () => boolean;
}

/** Where a job's log lives (VPO's `logs/<id>.log`). */
export const logPathOf = (deps: Pick<RouteDeps, 'logsDir'>, id: string): string =>
  join(deps.logsDir, `${id}.log`);
