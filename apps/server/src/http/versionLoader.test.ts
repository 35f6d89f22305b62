import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JobReader } from '../db/jobReader.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { VersionLoader } from './versionLoader.ts';

let dir: string;
let db: Database.Database;
let writer: Database.Database;
let reader: JobReader;

// A second connection to the same file stands in for another process (the CLI, VPO's workers).
const insert = (id: string, createdAt: string): void => {
  writer
    .prepare(
      `INSERT INTO jobs (id, file_path, job_type, status, created_at) VALUES (?, ?, 'scan', 'queued', ?)`,
    )
    .run(id, `/media/${id}`, createdAt);
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vpo-live-versions-'));
  db = openDatabase(join(dir, 'jobs.db'));
  writer = new Database(join(dir, 'jobs.db'));
  reader = new JobReader(db);
});

afterEach(() => {
  writer.close();
  if (db.open) db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('VersionLoader', () => {
  it('answers every request of one turn from one read of the counter', async () => {
    const counter = vi.spyOn(reader, 'changeCounter');
    const versions = new VersionLoader(reader);
    const answers = await Promise.all(Array.from({ length: 50 }, () => versions.list(null)));
    expect(counter).toHaveBeenCalledTimes(1);
    expect(new Set(answers.map((answer) => answer.counter))).toEqual(new Set([reader.changeCounter()]));
  });

  it('reads when the batch runs, not when the request asks: a commit made in between is seen', async () => {
    const versions = new VersionLoader(reader);
    const before = reader.changeCounter();
    const asked = versions.list(null);
    insert('a', '2026-02-01T10:00:00+00:00');
    expect((await asked).counter).toBeGreaterThan(before);
  });

  it('sees a commit by another connection on the next turn', async () => {
    const versions = new VersionLoader(reader);
    const first = await versions.list(null);
    insert('a', '2026-02-01T10:00:00+00:00');
    const second = await versions.list(null);
    expect(second.counter).toBeGreaterThan(first.counter);
  });

  it('answers a mixed batch exactly as separate reads would', async () => {
    insert('a', '2026-02-01T10:00:00+00:00');
    insert('b', '2026-02-01T11:00:00+00:00');
    const versions = new VersionLoader(reader);
    const snapshot = vi.spyOn(reader, 'snapshot');
    const [plain, since, sinceAgain, none, jobA, missing] = await Promise.all([
      versions.list(null),
      versions.list('2026-02-01T10:30:00+00:00'),
      versions.list('2026-02-01T10:30:00+00:00'),
      versions.list('2026-02-02T00:00:00+00:00'),
      versions.job('a'),
      versions.job('nope'),
    ]);
    expect(snapshot).toHaveBeenCalledTimes(1);
    expect(plain).toEqual({ counter: reader.changeCounter(), createdSince: null });
    expect(since).toEqual({ counter: plain.counter, createdSince: '2026-02-01T11:00:00+00:00' });
    expect(sinceAgain).toEqual(since);
    expect(none).toEqual({ counter: plain.counter, createdSince: null });
    expect(jobA).toBe(reader.jobVersion('a'));
    expect(missing).toBeNull();
  });

  it('reads a lone job version without a transaction', async () => {
    insert('a', '2026-02-01T10:00:00+00:00');
    const versions = new VersionLoader(reader);
    const snapshot = vi.spyOn(reader, 'snapshot');
    expect(await versions.job('a')).toBe(reader.jobVersion('a'));
    expect(snapshot).not.toHaveBeenCalled();
  });

  it('rejects every request of the batch when the database cannot be read, and recovers', async () => {
    const versions = new VersionLoader(reader);
    const counter = vi.spyOn(reader, 'changeCounter').mockImplementationOnce(() => {
      throw new Database.SqliteError('database is locked', 'SQLITE_BUSY');
    });
    const failed = await Promise.allSettled([versions.list(null), versions.list(null)]);
    expect(failed.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    // The error itself, so the app still answers 503 DATABASE_UNAVAILABLE for it.
    expect((failed[0] as PromiseRejectedResult).reason).toBeInstanceOf(Database.SqliteError);
    counter.mockRestore();
    expect((await versions.list(null)).counter).toBe(reader.changeCounter());
  });
});
