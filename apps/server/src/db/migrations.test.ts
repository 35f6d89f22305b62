import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { listFilter } from '../../test/listFilter.ts';
import { JobReader } from './jobReader.ts';
import { escapeLike } from './jobSearchSql.ts';
import {
  IrreversibleMigrationError,
  MIGRATIONS,
  SCHEMA_VERSION,
  SchemaTooNewError,
  migrate,
  revertMigrations,
  schemaVersion,
} from './migrations.ts';
import { openDatabase } from './openDatabase.ts';

const dirs: string[] = [];
const tempFile = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'vpo-live-migrate-'));
  dirs.push(dir);
  return join(dir, 'nested', 'jobs.db');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const names = (db: Database.Database, type: 'table' | 'index' | 'trigger'): string[] =>
  db
    .prepare("SELECT name FROM sqlite_master WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all(type) as string[];

const insert = (db: Database.Database, values: Record<string, unknown>) =>
  db
    .prepare(
      `INSERT INTO jobs (id, file_path, job_type, status, priority, progress_percent, created_at)
       VALUES (@id, @file_path, @job_type, @status, @priority, @progress_percent, @created_at)`,
    )
    .run({
      id: 'a',
      file_path: '/x',
      job_type: 'scan',
      status: 'queued',
      priority: 100,
      progress_percent: 0,
      created_at: '2026-02-01T10:00:00+00:00',
      ...values,
    });

describe('migrate', () => {
  it('builds the whole schema on an empty database, in order', () => {
    const db = new Database(':memory:');
    expect(schemaVersion(db)).toBe(0);
    expect(migrate(db)).toEqual(MIGRATIONS.map((step) => step.version));
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(names(db, 'table')).toEqual([
      'change_counter',
      'files',
      'job_changes',
      'job_counts',
      'jobs',
      'jobs_search',
      // FTS5's own tables behind the search index.
      'jobs_search_config',
      'jobs_search_data',
      'jobs_search_docsize',
      'jobs_search_idx',
    ]);
    // VPO's index names, plus ours.
    expect(names(db, 'index')).toEqual(
      expect.arrayContaining([
        'idx_jobs_status',
        'idx_jobs_file_id',
        'idx_jobs_created_at',
        'idx_jobs_priority_created',
        'idx_jobs_job_type',
        'idx_jobs_origin',
        'idx_jobs_batch_id',
        'idx_files_job_id',
        'idx_jobs_status_created',
        'idx_jobs_job_type_created',
      ]),
    );
  });

  it('is a no-op when re-run', () => {
    const db = new Database(':memory:');
    migrate(db);
    const before = db.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all();
    expect(migrate(db)).toEqual([]);
    expect(db.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all()).toEqual(before);
  });

  it('applies only the missing steps, keeping existing rows', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 1));
    db.prepare(
      "INSERT INTO jobs (id, file_path, job_type, created_at) VALUES ('old', '/a', 'move', '2026-01-01T00:00:00+00:00')",
    ).run();
    expect(migrate(db)).toEqual(MIGRATIONS.slice(1).map((step) => step.version));
    const row = db.prepare("SELECT processed_count, total_count FROM jobs WHERE id = 'old'").get();
    expect(row).toEqual({ processed_count: null, total_count: null });
    // Existing jobs get a change version, so their ETags work from the start.
    expect(db.prepare("SELECT version FROM job_changes WHERE job_id = 'old'").pluck().get()).toBe(0);
  });

  it('steps 10–12 index and count the rows already there: searches and totals answer as at version 9', () => {
    const db = new Database(':memory:');
    migrate(
      db,
      MIGRATIONS.filter((step) => step.version <= 9),
    );
    const paths = [
      '/media/Alpha (2001).mkv',
      '/media/TV/Show 100% Live.mkv',
      '/media/under_score\\b.mkv',
      '/media/Éclair "cut".mkv',
      '/media/千と千尋.mp4',
      '/media/ALPHA/beta.m4v',
    ];
    paths.forEach((path, i) =>
      insert(db, {
        id: `old-${i}`,
        file_path: path,
        status: i % 2 ? 'queued' : 'failed',
        created_at: `2026-02-0${i + 1}T10:00:00+00:00`,
      }),
    );
    const searches = [
      'alpha',
      'ALPHA',
      '100%',
      '%',
      '_',
      '\\',
      '"cut"',
      'éclair',
      'Éclair',
      '千と',
      'a',
      'zzz',
    ];
    // Version 9's query: VPO's LIKE over every row.
    const before = searches.map((search) =>
      db
        .prepare(
          "SELECT id FROM jobs WHERE LOWER(file_path) LIKE LOWER(?) ESCAPE '\\' ORDER BY created_at DESC, rowid DESC",
        )
        .pluck()
        .all(`%${escapeLike(search)}%`),
    );
    const totals = (['queued', 'failed', null] as const).map((status) =>
      db
        .prepare('SELECT COUNT(*) FROM jobs WHERE @status IS NULL OR status = @status')
        .pluck()
        .get({ status }),
    );
    expect(migrate(db)).toEqual(MIGRATIONS.filter((step) => step.version > 9).map((step) => step.version));
    const reader = new JobReader(db);
    const after = searches.map((search) => reader.listPage(listFilter({ search })).rows.map((row) => row.id));
    expect(after).toEqual(before);
    const totalsAfter = (['queued', 'failed', null] as const).map(
      (status) => reader.listPage(listFilter({ status })).total,
    );
    expect(totalsAfter).toEqual(totals);
    expect(db.prepare('SELECT COUNT(*) FROM jobs_search').pluck().get()).toBe(paths.length);
  });

  it('refuses a database written by a newer release', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    expect(() => migrate(db)).toThrow(SchemaTooNewError);
  });

  it('rolls a failing step back entirely', () => {
    const db = new Database(':memory:');
    const broken = [
      ...MIGRATIONS,
      { version: SCHEMA_VERSION + 1, description: 'bad', sql: 'CREATE TABLE (' },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(0);
    expect(names(db, 'table')).toEqual([]);
  });
});

/** Every schema object as SQLite stores it, and the rows of jobs: what a revert must give back. */
const schemaAndRows = (db: Database.Database) => ({
  version: schemaVersion(db),
  schema: db
    .prepare(
      "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )
    .all(),
  rows: db.prepare('SELECT * FROM jobs ORDER BY rowid').all(),
});

const upTo = (version: number) => MIGRATIONS.filter((step) => step.version <= version);

const withJobs = (version: number): Database.Database => {
  const db = new Database(':memory:');
  db.pragma('recursive_triggers = ON');
  migrate(db, upTo(version));
  ['/media/Alpha.mkv', '/media/TV/Show 100%.mkv', '/media/Éclair.mkv'].forEach((path, i) =>
    insert(db, { id: `row-${i}`, file_path: path, status: i ? 'queued' : 'failed' }),
  );
  return db;
};

describe('revertMigrations', () => {
  it.each(MIGRATIONS.filter((step) => step.down !== undefined).map((step) => step.version))(
    'step %i undoes itself exactly: the schema and rows of the version before',
    (version) => {
      const db = withJobs(version - 1);
      const before = schemaAndRows(db);
      expect(migrate(db, upTo(version))).toEqual([version]);
      expect(revertMigrations(db, version - 1)).toEqual([version]);
      expect(schemaAndRows(db)).toEqual(before);
    },
  );

  it('reverted to 9, written by a release of that version, migrated again: searches and totals see every row', () => {
    const db = withJobs(SCHEMA_VERSION);
    expect(revertMigrations(db, 9)).toEqual([12, 11, 10]);
    expect(schemaVersion(db)).toBe(9);
    insert(db, { id: 'written-at-9', file_path: '/media/alpha beta.mkv', status: 'failed' });
    db.prepare(
      "UPDATE jobs SET file_path = '/media/renamed.mkv', status = 'failed' WHERE id = 'row-2'",
    ).run();
    expect(migrate(db)).toEqual([10, 11, 12]);
    const reader = new JobReader(db);
    const ids = (search: string, status: 'failed' | null = null) =>
      reader.listPage(listFilter({ search, status })).rows.map((row) => row.id);
    expect(ids('ALPHA')).toEqual(['written-at-9', 'row-0']);
    expect(ids('renamed', 'failed')).toEqual(['row-2']);
    expect(ids('éclair')).toEqual([]);
    expect(reader.listPage(listFilter({ status: 'failed' })).total).toBe(3);
  });

  it('refuses to revert the steps before 10, and leaves the database as it was', () => {
    const db = withJobs(SCHEMA_VERSION);
    const before = schemaAndRows(db);
    expect(() => revertMigrations(db, 8)).toThrow(IrreversibleMigrationError);
    expect(schemaAndRows(db)).toEqual(before);
  });

  it('refuses a database written by a newer release, and does nothing when already there', () => {
    const db = withJobs(SCHEMA_VERSION);
    expect(revertMigrations(db, SCHEMA_VERSION)).toEqual([]);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    expect(() => revertMigrations(db, 9)).toThrow(SchemaTooNewError);
  });
});

describe("VPO's constraints on jobs", () => {
  const db = new Database(':memory:');
  migrate(db);

  it.each([
    ['status', { status: 'paused' }],
    ['job_type', { job_type: 'delete' }],
    ['progress below 0', { progress_percent: -0.1 }],
    ['progress above 100', { progress_percent: 100.5 }],
    ['priority above 1000', { priority: 1001 }],
    ['priority below 0', { priority: -1 }],
  ])('rejects an invalid %s', (_name, values) => {
    expect(() => insert(db, { id: `bad-${_name}`, ...values })).toThrow(/CHECK constraint failed/);
  });

  it('accepts the boundary values', () => {
    expect(() => insert(db, { id: 'edge', progress_percent: 100, priority: 0 })).not.toThrow();
    expect(() => insert(db, { id: 'edge2', progress_percent: 0, priority: 1000 })).not.toThrow();
  });

  it('rejects negative live counts', () => {
    insert(db, { id: 'counts' });
    expect(() => db.prepare("UPDATE jobs SET processed_count = -1 WHERE id = 'counts'").run()).toThrow(
      /CHECK/,
    );
  });
});

describe('openDatabase', () => {
  it('creates the folder, migrates, and uses WAL with a busy timeout', () => {
    const path = tempFile();
    const db = openDatabase(path, { busyTimeoutMs: 1234 });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('busy_timeout', { simple: true })).toBe(1234);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('lets a second connection open and write the same file while the first holds it', () => {
    const path = tempFile();
    const first = openDatabase(path);
    const second = openDatabase(path);
    insert(second, { id: 'from-second' });
    expect(first.prepare('SELECT COUNT(*) FROM jobs').pluck().get()).toBe(1);
    first.close();
    second.close();
  });

  it('opens read-only without migrating', () => {
    const path = tempFile();
    openDatabase(path).close();
    const reader = openDatabase(path, { readonly: true });
    expect(() => insert(reader, { id: 'nope' })).toThrow(/readonly/);
    reader.close();
  });
});
