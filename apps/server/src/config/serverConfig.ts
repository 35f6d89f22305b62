/**
 * The server's configuration: one valibot schema that fills defaults and rejects what cannot be used with a
 * one-line reason ({@link ServerConfigError}); the polling values are then clamped by the pages' own rule
 * (the contract's `parsePollingSettings`), so what a page reads back from `<body data-polling-*>` is exactly
 * what the server wrote.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parsePollingSettings, type PollingSettings } from '@vpo-live/vpo-api';
import * as v from 'valibot';
import { type TrustProxy, trustProxySchema } from './trustProxy.ts';

/** VPO's API rate limit: 120 GET requests per 60 s per client IP. */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 120;
export const DEFAULT_PORT = 8321;
/** Threads that run list queries off the event loop (0: on it, as the CLI does). */
export const DEFAULT_QUERY_WORKERS = 2;
/** How long a list query may take before it is stopped and answered 503 QUERY_TIMEOUT (VPO's 5 s). */
export const DEFAULT_QUERY_TIMEOUT_MS = 5000;
export const DEFAULT_HOST = '127.0.0.1';

const HERE = dirname(fileURLToPath(import.meta.url));

/**
 * The workspace's `.data/` folder: the default home of the database and the job logs. It is found from this
 * file, never from the current directory, so every command run from anywhere in the checkout (or outside
 * it) opens the same database.
 */
export const DEFAULT_DATA_DIR = resolve(HERE, '../../../../.data');
/** The database file's name inside a data folder. */
export const DB_FILE_NAME = 'vpo-live.db';
export const DEFAULT_DB_PATH = join(DEFAULT_DATA_DIR, DB_FILE_NAME);

/** `apps/`, where each micro-frontend's `dist` lives (`<mfeRoot>/<app>/dist`). */
export const DEFAULT_MFE_ROOT = resolve(HERE, '../../..');

/** A validated, complete server configuration. */
export interface ServerConfig {
  readonly host: string;
  /** 0 picks a free port. */
  readonly port: number;
  /** Absolute (or `:memory:`); see {@link storePaths} for the defaults. */
  readonly dbPath: string;
  /** Absolute. Job logs live in `<dataDir>/logs/<id>.log`; see {@link storePaths} for the defaults. */
  readonly dataDir: string;
  /**
   * Written into every host page's `<body data-polling-*>` attributes, within the pages' limits (the
   * contract's `POLLING_LIMITS`): interval 2–60 s, log interval from the interval up to 300 s.
   */
  readonly polling: Readonly<PollingSettings>;
  /** When set, every route but /health requires HTTP Basic auth with this token as the password. */
  readonly authToken: string | undefined;
  /** GET requests per minute per client IP on /api; 0 turns the limit off. */
  readonly rateLimitPerMinute: number;
  /**
   * Which proxies may tell the client's address in `X-Forwarded-For` (Fastify's `trustProxy`): `false`
   * (the socket address is the client), `true` (any), a hop count, or addresses/CIDRs. The rate limit and the
   * request logs use the address this yields.
   */
  readonly trustProxy: TrustProxy;
  readonly mfeRoot: string;
  /** Fastify's log level; `silent` for tests and benchmarks. */
  readonly logLevel: LogLevel;
  /**
   * Worker threads, each with its own read-only connection, that run the list queries (`0`: they run on the
   * event loop; so does a `:memory:` database, which other threads cannot open). 0–16.
   */
  readonly queryWorkers: number;
  /** A list query running (or waiting for a thread) longer than this is stopped: 503 QUERY_TIMEOUT. */
  readonly queryTimeoutMs: number;
}

export type { TrustProxy } from './trustProxy.ts';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** What callers (CLI flags, env, a file, tests) may pass: any subset, numbers possibly as strings. */
export type ServerConfigInput = {
  readonly [K in Exclude<keyof ServerConfig, 'polling'>]?: unknown;
} & { readonly polling?: { readonly [K in keyof PollingSettings]?: unknown } };

/** A configuration value that cannot be used; `message` is one line naming the field. */
export class ServerConfigError extends Error {
  override readonly name = 'ServerConfigError';
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`invalid config ${field}: ${reason}`);
  }
}

const intFrom = (label: string) =>
  v.union(
    [
      v.pipe(v.number(), v.integer(`${label} must be an integer`)),
      v.pipe(
        v.string(),
        v.trim(),
        v.regex(/^-?\d{1,15}$/, `${label} must be an integer`),
        v.transform((text) => Number(text)),
      ),
    ],
    `${label} must be an integer`,
  );

const boolFrom = v.union(
  [
    v.boolean(),
    v.pipe(
      v.string(),
      v.trim(),
      v.toLowerCase(),
      v.picklist(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'], 'must be true or false'),
      v.transform((text) => ['true', '1', 'yes', 'on'].includes(text)),
    ),
  ],
  'must be true or false',
);

const nonEmptyPath = (label: string) =>
  v.pipe(v.string(`${label} must be a path`), v.trim(), v.nonEmpty(`${label} must not be empty`));

const schema = v.object({
  host: v.optional(
    v.pipe(
      v.string('must be a host name or address'),
      v.trim(),
      v.nonEmpty('must not be empty'),
      v.maxLength(253, 'is too long'),
      v.regex(/^[A-Za-z0-9.:_[\]%-]+$/, 'must be a host name or address'),
    ),
    DEFAULT_HOST,
  ),
  port: v.optional(
    v.pipe(intFrom('port'), v.minValue(0, 'must be 0–65535'), v.maxValue(65_535, 'must be 0–65535')),
    DEFAULT_PORT,
  ),
  dbPath: v.optional(nonEmptyPath('dbPath')),
  dataDir: v.optional(nonEmptyPath('dataDir')),
  // Only the types here; the ranges and defaults are the pages' (parsePollingSettings, below).
  polling: v.optional(
    v.object({
      interval: v.optional(intFrom('interval')),
      enabled: v.optional(boolFrom, true),
      logInterval: v.optional(intFrom('logInterval')),
    }),
    {},
  ),
  authToken: v.optional(
    v.pipe(
      v.string('must be a string'),
      v.maxLength(1024, 'is too long'),
      // A colon-free token keeps "user:token" Basic credentials unambiguous.
      v.regex(/^[\x21-\x39\x3b-\x7e]*$/, 'must be printable ASCII without spaces or colons'),
    ),
  ),
  rateLimitPerMinute: v.optional(
    v.pipe(intFrom('rateLimitPerMinute'), v.minValue(0, 'must be 0 (off) or more')),
    DEFAULT_RATE_LIMIT_PER_MINUTE,
  ),
  trustProxy: v.optional(trustProxySchema, false),
  mfeRoot: v.optional(nonEmptyPath('mfeRoot'), DEFAULT_MFE_ROOT),
  logLevel: v.optional(v.picklist(LOG_LEVELS, `must be one of ${LOG_LEVELS.join(', ')}`), 'info'),
  queryWorkers: v.optional(
    v.pipe(intFrom('queryWorkers'), v.minValue(0, 'must be 0–16'), v.maxValue(16, 'must be 0–16')),
    DEFAULT_QUERY_WORKERS,
  ),
  queryTimeoutMs: v.optional(
    v.pipe(
      intFrom('queryTimeoutMs'),
      v.minValue(1, 'must be 1–3600000 ms'),
      v.maxValue(3_600_000, 'must be 1–3600000 ms'),
    ),
    DEFAULT_QUERY_TIMEOUT_MS,
  ),
});

/**
 * Validates and completes a configuration; throws {@link ServerConfigError} on the first bad value.
 * Polling values out of range are clamped by the pages' rule (`parsePollingSettings`), not rejected: the
 * interval to 2–60 s, the log interval to the interval–300 s.
 *
 * @example
 * const config = parseServerConfig({ port: '0', polling: { interval: 1000 } }); // interval → 2000
 */
export function parseServerConfig(input: ServerConfigInput = {}): ServerConfig {
  const result = v.safeParse(schema, input);
  if (!result.success) {
    const issue = result.issues[0];
    throw new ServerConfigError(v.getDotPath(issue) ?? 'config', issue.message);
  }
  const out = result.output;
  const { dbPath, dataDir } = storePaths(out.dbPath, out.dataDir);
  const emptyToken = out.authToken === undefined || out.authToken === '';
  return {
    host: out.host,
    port: out.port,
    dbPath,
    dataDir,
    polling: parsePollingSettings(out.polling).settings,
    authToken: emptyToken ? undefined : out.authToken,
    rateLimitPerMinute: out.rateLimitPerMinute,
    trustProxy: out.trustProxy,
    mfeRoot: resolve(out.mfeRoot),
    logLevel: out.logLevel,
    queryWorkers: out.queryWorkers,
    queryTimeoutMs: out.queryTimeoutMs,
  };
}

/**
 * Where the database and the data folder are — the one rule every command follows. Given paths are taken as
 * written (relative to the current directory). Otherwise each defaults from the other: a database alone keeps
 * its data next to it; a data folder alone holds `vpo-live.db`; neither means the workspace's `.data/`.
 *
 * @example storePaths(undefined, undefined) // { dbPath: '<workspace>/.data/vpo-live.db', dataDir: '<workspace>/.data' }
 */
export function storePaths(
  dbPath: string | undefined,
  dataDir: string | undefined,
): { dbPath: string; dataDir: string } {
  if (dbPath === ':memory:') return { dbPath, dataDir: resolve(dataDir ?? DEFAULT_DATA_DIR) };
  if (dbPath !== undefined) {
    const db = resolve(dbPath);
    return { dbPath: db, dataDir: dataDir === undefined ? dirname(db) : resolve(dataDir) };
  }
  const dir = dataDir === undefined ? DEFAULT_DATA_DIR : resolve(dataDir);
  return { dbPath: join(dir, DB_FILE_NAME), dataDir: dir };
}

/** The folder holding `<id>.log` files. */
export const logsDirOf = (config: Pick<ServerConfig, 'dataDir'>): string => resolve(config.dataDir, 'logs');
