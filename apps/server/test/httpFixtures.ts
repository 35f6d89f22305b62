/**
 * Shared pieces of the HTTP tests: a temp data dir with a real SQLite file, an app built on it with a
 * controllable clock, and writers that play "another process" (a second connection) seeding jobs, scan
 * errors and log files.
 */
import { appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import type { JobSeed, ScanError } from '@vpo-live/vpo-api';
import type Database from 'better-sqlite3';
import type { FastifyInstance } from 'fastify';
import {
  logsDirOf,
  parseServerConfig,
  type ServerConfig,
  type ServerConfigInput,
} from '../src/config/serverConfig.ts';
import { toJobInsertRow, type JobInsertRow } from '../src/db/jobInserts.ts';
import { openDatabase } from '../src/db/openDatabase.ts';
import { buildApp } from '../src/http/buildApp.ts';
import type { HttpClock } from '../src/http/httpClock.ts';

const made: string[] = [];

export function tempDir(prefix = 'vpo-live-http-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanupTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The HTTP app's clock, moved by hand. */
export class ManualClock implements HttpClock {
  constructor(
    public wall = Date.UTC(2026, 1, 1, 12, 0, 0),
    public mono = 0,
  ) {}
  now(): number {
    return this.wall;
  }
  monotonic(): number {
    return this.mono;
  }
  advance(ms: number): void {
    this.wall += ms;
    this.mono += ms;
  }
}

/** Inserts (or replaces) jobs as stored rows; `summary_raw` becomes `summary_json`. */
export function writeJobs(db: Database.Database, jobs: readonly JobSeed[]): void {
  const statement = db.prepare(
    `INSERT OR REPLACE INTO jobs (id, file_path, job_type, status, priority, policy_name, progress_percent,
       created_at, started_at, completed_at, output_path, error_message, summary_json, processed_count, total_count)
     VALUES (@id, @file_path, @job_type, @status, @priority, @policy_name, @progress_percent, @created_at,
       @started_at, @completed_at, @output_path, @error_message, @summary_json, @processed_count, @total_count)`,
  );
  db.transaction(() => {
    for (const job of jobs) statement.run(toRow(job));
  })();
}

/** A job as the row the writers bind (`summary_raw` as `summary_json`), by the server's own conversion. */
export function toRow(job: JobSeed): JobInsertRow {
  return toJobInsertRow(job);
}

/** Records scan errors as VPO does: `files` rows with scan_status 'error' linked to the job. */
export function writeScanErrors(db: Database.Database, jobId: string, errors: readonly ScanError[]): void {
  const statement = db.prepare(
    `INSERT OR REPLACE INTO files (path, filename, directory, extension, size_bytes, modified_at, scanned_at,
       scan_status, scan_error, job_id)
     VALUES (@path, @filename, @directory, @extension, 0, @at, @at, 'error', @error, @job_id)`,
  );
  db.transaction(() => {
    for (const error of errors) {
      statement.run({
        path: error.path,
        filename: error.filename || basename(error.path),
        directory: dirname(error.path),
        extension: extname(error.path).slice(1),
        at: '2026-02-01T10:00:00+00:00',
        error: error.error,
        job_id: jobId,
      });
    }
  })();
}

/** Appends complete lines to a job's log file. */
export function appendLogLines(
  config: Pick<ServerConfig, 'dataDir'>,
  jobId: string,
  lines: readonly string[],
): void {
  const dir = logsDirOf(config);
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, `${jobId}.log`), lines.map((line) => `${line}\n`).join(''));
}

/** An app over a fresh temp database, plus a second connection for "foreign" writes. */
export interface TestApp {
  app: FastifyInstance;
  config: ServerConfig;
  /** The app's own connection. */
  db: Database.Database;
  /** Another connection to the same file (another process, as far as SQLite is concerned). */
  foreign: Database.Database;
  clock: ManualClock;
  dir: string;
  close(): Promise<void>;
}

export function createTestApp(
  input: ServerConfigInput = {},
  options: { isShuttingDown?: () => boolean; clock?: ManualClock } = {},
): TestApp {
  const dir = tempDir();
  const config = parseServerConfig({
    dbPath: join(dir, 'vpo-live.db'),
    mfeRoot: join(dir, 'apps'),
    rateLimitPerMinute: 0,
    logLevel: 'silent',
    // The list queries on the event loop, where tests can watch the reader; the threads have their own tests.
    queryWorkers: 0,
    ...input,
  });
  const db = openDatabase(config.dbPath);
  const foreign = openDatabase(config.dbPath);
  const clock = options.clock ?? new ManualClock();
  const app = buildApp({
    config,
    db,
    clock,
    ...(options.isShuttingDown ? { isShuttingDown: options.isShuttingDown } : {}),
  });
  return {
    app,
    config,
    db,
    foreign,
    clock,
    dir,
    async close() {
      await app.close();
      for (const connection of [foreign, db]) if (connection.open) connection.close();
    },
  };
}
