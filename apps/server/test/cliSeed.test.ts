import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JOB_STATUSES, JOB_TYPES, parseTimestampMicros } from '@vpo-live/vpo-api';
import { openDatabase } from '../src/db/openDatabase.ts';
import { HOSTILE_NAMES } from '@vpo-live/vpo-api/fixtures';
import { expectUsageError, runBin, runInProcess } from './cliFixtures.ts';
import { cleanupTempDirs, type JobSnapshot, tempDir } from './runnerFixtures.ts';

afterEach(cleanupTempDirs);

const DAY_MS = 86_400_000;
const VPO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{6})?\+00:00$/;

describe('vpo-live seed', () => {
  it('inserts a realistic mix of jobs (real process)', async () => {
    const dir = tempDir();
    const db = join(dir, 'seed.db');
    const before = Date.now();

    const result = await runBin(['seed', '--jobs', '3000', '--seed', '42', '--create', '--db', db]);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Seeded 3000 jobs into .*seed\.db in \d+\.\d\d s\n$/);
    const conn = openDatabase(db);
    const rows = conn.prepare<[], JobSnapshot & { created_at: string }>('SELECT * FROM jobs').all();
    conn.close();
    expect(rows).toHaveLength(3000);
    expect(new Set(rows.map((r) => r.id)).size).toBe(3000);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(JOB_STATUSES));
    expect(new Set(rows.map((r) => r.job_type))).toEqual(new Set(JOB_TYPES));
    const completed = rows.filter((r) => r.status === 'completed');
    expect(completed.length / rows.length).toBeGreaterThan(0.6);
    for (const row of rows) {
      expect(row.created_at).toMatch(VPO_TIMESTAMP);
      const created = (parseTimestampMicros(row.created_at) ?? 0) / 1000;
      expect(created).toBeGreaterThan(before - 46 * DAY_MS);
      expect(created).toBeLessThanOrEqual(Date.now());
      if (row.completed_at) expect(row.completed_at >= row.created_at).toBe(true);
    }
    for (const row of completed) expect(JSON.parse(row.summary_json ?? 'null')).toBeTypeOf('object');
    for (const row of rows.filter((r) => r.status === 'failed')) expect(row.error_message).toBeTruthy();
    const paths = rows.map((r) => r.file_path);
    expect(paths.some((p) => p.includes(' '))).toBe(true);
    expect(paths.some((p) => [...p].some((c) => c.charCodeAt(0) > 0x7f))).toBe(true);
    expect(paths.some((p) => HOSTILE_NAMES.some((name) => p.includes(name)))).toBe(true);
  });

  it('is reproducible with --seed, and --no-active leaves out queued and running jobs', async () => {
    const dir = tempDir();
    const read = (file: string) => {
      const conn = openDatabase(file);
      const rows = conn
        .prepare('SELECT id, status, job_type, file_path, summary_json FROM jobs ORDER BY id')
        .all();
      conn.close();
      return rows as { status: string }[];
    };
    for (const name of ['a.db', 'b.db']) {
      expect(
        (
          await runInProcess([
            'seed',
            '--jobs',
            '400',
            '--seed',
            '7',
            '--no-active',
            '--create',
            '--db',
            join(dir, name),
          ])
        ).code,
      ).toBe(0);
    }
    const a = read(join(dir, 'a.db'));
    expect(read(join(dir, 'b.db'))).toEqual(a);
    expect(a.filter((r) => r.status === 'queued' || r.status === 'running')).toEqual([]);
  });

  it('keeps the jobs indexes and the search index after a large load', async () => {
    const dir = tempDir();
    const db = join(dir, 'big.db');
    const indexes = (file: string) => {
      const conn = openDatabase(file);
      const list = conn
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
        .all();
      conn.close();
      return list;
    };
    const empty = indexes(db);
    expect((await runInProcess(['seed', '--jobs', '6000', '--seed', '1', '--db', db])).code).toBe(0);
    expect(indexes(db)).toEqual(empty);
    // The search index's trigger is back, and the loaded rows are in the index, each once.
    const conn = openDatabase(db);
    const trigger = "SELECT COUNT(*) FROM sqlite_master WHERE name = 'trg_jobs_search_insert'";
    expect(conn.prepare(trigger).pluck().get()).toBe(1);
    const like = "SELECT COUNT(*) FROM jobs WHERE LOWER(file_path) LIKE '%s02e%'";
    const match = 'SELECT COUNT(*) FROM jobs_search WHERE jobs_search MATCH \'"s02e"\'';
    expect(conn.prepare(match).pluck().get()).toBe(conn.prepare(like).pluck().get());
    expect(conn.prepare('SELECT COUNT(*) FROM jobs_search').pluck().get()).toBe(6000);
    conn.close();
  });

  it.each([
    [['--jobs', '0'], /--jobs <n>.*from 1 to 1000000/],
    [['--jobs', 'many'], /--jobs <n>.*'many' is invalid/],
    [['--days', '0'], /--days <n>/],
    [['--seed', '-1'], /--seed <n>/],
  ])('rejects %j with exit 2 and one line', async (flags, mention) => {
    const dir = tempDir();
    expectUsageError(await runInProcess(['seed', ...flags, '--db', join(dir, 'x.db')]), mention);
  });
});
