import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SORT_FIELDS } from '@vpo-live/vpo-api';
import type { JobListFilter } from './jobListSql.ts';
import { JobReader } from './jobReader.ts';
import { migrate } from './migrations.ts';
import { listFilter as filter } from '../../test/listFilter.ts';

let db: Database.Database;
let reader: JobReader;

const add = (id: string, createdAt: string, extra: Record<string, unknown> = {}) =>
  db
    .prepare(
      `INSERT INTO jobs (id, file_path, job_type, status, created_at, completed_at, worker_pid)
       VALUES (@id, @file_path, @job_type, @status, @created_at, @completed_at, @worker_pid)`,
    )
    .run({
      id,
      file_path: `/media/${id}.mkv`,
      job_type: 'scan',
      status: 'queued',
      created_at: createdAt,
      completed_at: null,
      worker_pid: null,
      ...extra,
    });

beforeEach(() => {
  db = new Database(':memory:');
  migrate(db);
  reader = new JobReader(db);
});

describe('change tracking', () => {
  it('bumps the counter and the job version on insert and on any responded column', () => {
    const start = reader.changeCounter();
    add('a', '2026-02-01T10:00:00+00:00');
    const inserted = reader.jobVersion('a');
    expect(reader.changeCounter()).toBe(start + 1);
    expect(inserted).toBe(start + 1);
    db.prepare("UPDATE jobs SET progress_percent = 10 WHERE id = 'a'").run();
    expect(reader.jobVersion('a')).toBeGreaterThan(inserted ?? 0);
  });

  it('ignores heartbeat-only writes, which change no response', () => {
    add('a', '2026-02-01T10:00:00+00:00');
    const counter = reader.changeCounter();
    db.prepare("UPDATE jobs SET worker_heartbeat = 'now', worker_pid = 42 WHERE id = 'a'").run();
    expect(reader.changeCounter()).toBe(counter);
  });

  it('touches only the written job', () => {
    add('a', '2026-02-01T10:00:00+00:00');
    add('b', '2026-02-01T10:00:01+00:00');
    const a = reader.jobVersion('a');
    db.prepare("UPDATE jobs SET status = 'running' WHERE id = 'b'").run();
    expect(reader.jobVersion('a')).toBe(a);
  });

  it('drops the version of a deleted job; a re-created id gets a larger one', () => {
    add('a', '2026-02-01T10:00:00+00:00');
    const first = reader.jobVersion('a') ?? 0;
    db.prepare("DELETE FROM jobs WHERE id = 'a'").run();
    expect(reader.jobVersion('a')).toBeNull();
    add('a', '2026-02-01T10:00:00+00:00');
    expect(reader.jobVersion('a')).toBeGreaterThan(first);
  });

  it("lists a scan job's errors from files without touching its version (no ETag depends on them)", () => {
    add('s', '2026-02-01T10:00:00+00:00');
    const before = reader.jobVersion('s');
    db.prepare(
      `INSERT INTO files (path, filename, directory, extension, size_bytes, modified_at, scanned_at, scan_status,
         scan_error, job_id) VALUES ('/m/x.mkv', 'x.mkv', '/m', 'mkv', 1, 't', 't', 'error', 'bad header', 's')`,
    ).run();
    expect(reader.jobVersion('s')).toBe(before);
    expect(reader.scanErrors('s')).toEqual([{ path: '/m/x.mkv', filename: 'x.mkv', error: 'bad header' }]);
    add('m', '2026-02-01T10:00:01+00:00', { job_type: 'move' });
    expect(reader.scanErrors('m')).toBeNull();
    expect(reader.scanErrors('missing')).toBeNull();
  });

  it('bumps the membership counter only when a row may enter or leave a filter', () => {
    add('a', '2026-02-01T10:00:00+00:00');
    const afterInsert = reader.membershipCounter();
    db.prepare(
      "UPDATE jobs SET progress_percent = 50, processed_count = 5, total_count = 10 WHERE id = 'a'",
    ).run();
    db.prepare("UPDATE jobs SET completed_at = '2026-02-01T10:01:00+00:00' WHERE id = 'a'").run();
    expect(reader.membershipCounter()).toBe(afterInsert);
    for (const sql of [
      "UPDATE jobs SET status = 'running' WHERE id = 'a'",
      "UPDATE jobs SET job_type = 'move' WHERE id = 'a'",
      "UPDATE jobs SET file_path = '/b' WHERE id = 'a'",
      "UPDATE jobs SET created_at = '2026-02-02T00:00:00+00:00' WHERE id = 'a'",
      "DELETE FROM jobs WHERE id = 'a'",
    ]) {
      const before = reader.membershipCounter();
      db.prepare(sql).run();
      expect(reader.membershipCounter(), sql).toBe(before + 1);
    }
  });

  it('gives each database file its own epoch', () => {
    const other = new Database(':memory:');
    migrate(other);
    expect(new JobReader(other).epoch).not.toBe(reader.epoch);
    expect(reader.epoch).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('listPage', () => {
  beforeEach(() => {
    add('j1', '2026-02-01T10:00:01+00:00', {
      status: 'completed',
      completed_at: '2026-02-01T10:00:31+00:00',
    });
    add('j2', '2026-02-01T10:00:02+00:00', {
      status: 'running',
      job_type: 'move',
      file_path: '/media/100%_done.mkv',
    });
    add('j3', '2026-02-01T10:00:03+00:00', {
      status: 'completed',
      completed_at: '2026-02-01T10:00:04+00:00',
    });
    add('j4', '2026-02-01T10:00:04+00:00', { file_path: '/media/100x_done.mkv' });
  });
  const ids = (f: JobListFilter) => reader.listPage(f).rows.map((row) => row.id);

  it('filters by status, type and created_at, newest first', () => {
    expect(ids(filter())).toEqual(['j4', 'j3', 'j2', 'j1']);
    expect(ids(filter({ status: 'completed' }))).toEqual(['j3', 'j1']);
    expect(ids(filter({ jobType: 'move' }))).toEqual(['j2']);
    expect(ids(filter({ createdSince: '2026-02-01T10:00:03+00:00' }))).toEqual(['j4', 'j3']);
  });

  it('searches file_path literally: % and _ are not wildcards', () => {
    expect(ids(filter({ search: '100%_' }))).toEqual(['j2']);
    expect(ids(filter({ search: 'MEDIA/J1' }))).toEqual(['j1']);
  });

  it('sorts by duration with unfinished jobs last in both orders', () => {
    expect(ids(filter({ sort: 'duration', order: 'asc' })).slice(0, 2)).toEqual(['j3', 'j1']);
    expect(ids(filter({ sort: 'duration', order: 'desc' })).slice(0, 2)).toEqual(['j1', 'j3']);
  });

  it('pages with limit/offset and reports the filtered total', () => {
    const page = reader.listPage(filter({ limit: 2, offset: 1 }));
    expect(page.rows.map((row) => row.id)).toEqual(['j3', 'j2']);
    expect(page.total).toBe(4);
    expect(reader.listPage(filter({ status: 'completed', limit: 1 })).total).toBe(2);
  });

  it('recounts after a write that moves a row between filters, and only then', () => {
    expect(reader.listPage(filter({ status: 'queued' })).total).toBe(1);
    const count = vi.spyOn(reader as unknown as { prepare(sql: string): unknown }, 'prepare');
    db.prepare("UPDATE jobs SET progress_percent = 12 WHERE id = 'j4'").run();
    expect(reader.listPage(filter({ status: 'queued' })).total).toBe(1);
    expect(count.mock.calls.filter(([sql]) => sql.startsWith('SELECT COUNT'))).toEqual([]);
    db.prepare("UPDATE jobs SET status = 'queued' WHERE id = 'j1'").run();
    expect(reader.listPage(filter({ status: 'queued' })).total).toBe(2);
  });

  it('reads a page past the middle from the end: the same rows, for every sort, order and offset', () => {
    // Ties in created_at and in duration, unfinished jobs, a second type: every tie-break is exercised.
    for (let i = 5; i < 24; i += 1) {
      add(`j${i}`, `2026-02-01T10:00:0${i % 3}+00:00`, {
        status: i % 4 ? 'completed' : 'queued',
        job_type: i % 5 ? 'scan' : 'prune',
        completed_at: i % 4 ? `2026-02-01T10:0${i % 2}:30+00:00` : null,
        file_path: `/media/${i % 6}.mkv`,
      });
    }
    for (const sort of SORT_FIELDS) {
      for (const order of ['asc', 'desc'] as const) {
        for (const status of [null, 'completed'] as const) {
          const all = ids(filter({ sort, order, status, limit: 100 }));
          for (let offset = 0; offset <= all.length; offset += 1) {
            const page = reader.listPage(filter({ sort, order, status, limit: 3, offset }));
            expect(
              page.rows.map((row) => row.id),
              `${sort} ${order} ${status} @${offset}`,
            ).toEqual(all.slice(offset, offset + 3));
          }
        }
      }
    }
  });

  it('runs no page query for an empty page: nothing matches, or the offset is past the total', () => {
    expect(reader.listPage(filter({ search: 'nothing-like-this' }))).toEqual({
      rows: [],
      total: 0,
      plan: 'none',
    });
    expect(reader.listPage(filter({ offset: 4 })).plan).toBe('none');
  });

  it('finds the oldest job created since a cutoff', () => {
    expect(reader.oldestCreatedSince('2026-02-01T10:00:02.5+00:00')).toBe('2026-02-01T10:00:03+00:00');
    expect(reader.oldestCreatedSince('2027-01-01T00:00:00+00:00')).toBeNull();
  });
});

describe('healthCounts', () => {
  it('counts queued, running, distinct workers and recent failures', () => {
    add('q', '2026-02-01T10:00:00+00:00');
    add('r1', '2026-02-01T10:00:01+00:00', { status: 'running', worker_pid: 7 });
    add('r2', '2026-02-01T10:00:02+00:00', { status: 'running', worker_pid: 7 });
    add('f-old', '2026-01-01T10:00:00+00:00', {
      status: 'failed',
      completed_at: '2026-01-01T10:00:05+00:00',
    });
    add('f-new', '2026-02-01T10:00:00+00:00', {
      status: 'failed',
      completed_at: '2026-02-01T10:00:05+00:00',
    });
    expect(reader.healthCounts('2026-01-31T12:00:00+00:00')).toEqual({
      jobs_queued: 1,
      jobs_running: 2,
      active_workers: 1,
      recent_errors: 1,
    });
  });
});
