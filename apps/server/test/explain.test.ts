/**
 * EXPLAIN QUERY PLAN of the list queries: filters on status, type and since, and the default newest-first
 * order, must be served by indexes — never a full scan of `jobs`, never a sort of the whole table.
 */
import Database from 'better-sqlite3';
import { SORT_FIELDS } from '@vpo-live/vpo-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildJobListSql, WALK_BUDGET_FUNCTION, type JobListFilter } from '../src/db/jobListSql.ts';
import { HEALTH_COUNTS_SQL } from '../src/db/jobReader.ts';
import { JOB_LIST_ROW_COLUMNS } from '../src/db/jobRow.ts';
import { migrate } from '../src/db/migrations.ts';
import { listFilter as filter } from './listFilter.ts';

const db = new Database(':memory:');

beforeAll(() => {
  migrate(db);
  // The reader's walk budget (jobReader.ts); here only its place in the plans matters.
  db.function(WALK_BUDGET_FUNCTION, { deterministic: false }, () => 1);
  const insert = db.prepare(
    `INSERT INTO jobs (id, file_path, job_type, status, created_at, completed_at) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const statuses = ['queued', 'running', 'completed', 'failed', 'cancelled'];
  const types = ['scan', 'apply', 'transcode', 'move', 'process', 'prune'];
  db.transaction(() => {
    for (let i = 0; i < 5000; i += 1) {
      const created = new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();
      insert.run(
        `job-${i}`,
        `/media/${i}.mkv`,
        types[i % 6],
        statuses[i % 5],
        created,
        i % 3 ? created : null,
      );
    }
  })();
});

function plan(sql: string, params: object): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[];
  return rows.map((row) => row.detail);
}

function plans(f: JobListFilter): { page: string[]; backward: string[]; count: string[] } {
  const sql = buildJobListSql(f, JOB_LIST_ROW_COLUMNS);
  const page = { ...sql.params, limit: f.limit, offset: f.offset };
  return {
    page: plan(sql.walk.forward, page),
    backward: plan(sql.walk.backward, page),
    count: plan(sql.countSql, sql.params),
  };
}

const fullScan = (details: string[]) => details.filter((detail) => /^SCAN jobs$/.test(detail));
const sorts = (details: string[]) => details.filter((detail) => detail.includes('TEMP B-TREE'));

const SINCE = '2026-01-03T00:00:00+00:00';

describe.each([
  ['no filter', {}],
  ['status', { status: 'running' }],
  ['type', { jobType: 'transcode' }],
  ['since', { createdSince: SINCE }],
  ['status + since', { status: 'failed', createdSince: SINCE }],
  ['type + since', { jobType: 'move', createdSince: SINCE }],
  ['status + type', { status: 'queued', jobType: 'scan' }],
] as const)('%s, default sort', (_name, overrides) => {
  it.each(['desc', 'asc'] as const)('order %s: page and count use indexes, no sort', (order) => {
    const { page, backward, count } = plans(filter({ ...overrides, order }));
    expect(fullScan(page), page.join(' | ')).toEqual([]);
    expect(sorts(page), page.join(' | ')).toEqual([]);
    expect([...fullScan(backward), ...sorts(backward)], backward.join(' | ')).toEqual([]);
    expect(fullScan(count), count.join(' | ')).toEqual([]);
    expect(page.join(' ')).toMatch(/USING (COVERING )?INDEX idx_jobs_/);
  });
});

describe('other sorts', () => {
  it.each(['job_type', 'status', 'file_path', 'duration'] as const)(
    'sort=%s without filters walks an index',
    (sort) => {
      for (const order of ['asc', 'desc'] as const) {
        const { page, backward } = plans(filter({ sort, order }));
        expect(fullScan(page), page.join(' | ')).toEqual([]);
        expect(sorts(page), page.join(' | ')).toEqual([]);
        // Read from the end (a page past the middle): the same index, walked the other way.
        expect([...fullScan(backward), ...sorts(backward)], backward.join(' | ')).toEqual([]);
      }
    },
  );

  it('every sort, both orders, with a status or type filter: no full scan and no sort', () => {
    for (const sort of SORT_FIELDS) {
      for (const order of ['asc', 'desc'] as const) {
        for (const f of [
          { status: 'completed' },
          { jobType: 'scan' },
          { status: 'failed', jobType: 'move' },
        ]) {
          const { page, backward } = plans(filter({ sort, order, ...f }));
          const label = `${sort} ${order} ${JSON.stringify(f)}: ${page.join(' | ')}`;
          expect(fullScan(page), label).toEqual([]);
          expect(sorts(page), label).toEqual([]);
          expect([...fullScan(backward), ...sorts(backward)], backward.join(' | ')).toEqual([]);
        }
      }
    }
  });

  it('/health: active workers are read from the partial index of running workers', () => {
    const details = (
      db.prepare(`EXPLAIN QUERY PLAN ${HEALTH_COUNTS_SQL}`).all(SINCE) as { detail: string }[]
    ).map((row) => row.detail);
    expect(details.some((detail) => /COVERING INDEX idx_jobs_running_worker_pid/.test(detail))).toBe(true);
  });

  it('/health: recent failures are a range seek, not a read of every failed job', () => {
    const details = (
      db.prepare(`EXPLAIN QUERY PLAN ${HEALTH_COUNTS_SQL}`).all(SINCE) as { detail: string }[]
    ).map((row) => row.detail);
    expect(fullScan(details)).toEqual([]);
    expect(details.some((detail) => /INDEX \w+ \(status=\? AND completed_at>\?\)/.test(detail))).toBe(true);
  });

  it('the plans are checked for real: an unindexed filter does scan', () => {
    const details = plan("SELECT id FROM jobs WHERE error_message = 'x'", {});
    expect(fullScan(details)).toEqual(['SCAN jobs']);
  });
});

describe('search', () => {
  const searchPlans = (overrides: Partial<JobListFilter>) => {
    const f = filter(overrides);
    const sql = buildJobListSql(f, JOB_LIST_ROW_COLUMNS);
    const page = { ...sql.params, limit: f.limit, offset: f.offset };
    const search = sql.search!;
    return {
      count: plan(sql.countSql, sql.params),
      walk: plan(sql.walk.forward, page),
      probe: plan(search.probe.forward, page),
      probeBackward: plan(search.probe.backward, page),
      drive: search.drive === null ? null : plan(search.drive, page),
    };
  };
  const readsSearchIndex = (details: string[]) =>
    details.some((detail) => /jobs_search VIRTUAL TABLE/.test(detail));

  it('3+ characters: the count reads the trigram index, not the rows', () => {
    const { count } = searchPlans({ search: 'media/12' });
    expect(count).toEqual([expect.stringMatching(/^SCAN jobs_search VIRTUAL TABLE/)]);
  });

  it.each([
    ['status', { status: 'failed' }],
    ['since', { createdSince: SINCE }],
  ] as const)('3+ characters with a %s filter: count through an index and the trigram index', (_name, f) => {
    const { count } = searchPlans({ search: 'media/12', ...f });
    expect(readsSearchIndex(count), count.join(' | ')).toBe(true);
    expect(fullScan(count), count.join(' | ')).toEqual([]);
  });

  it.each([
    ['status', { status: 'failed' }, 'idx_jobs_status'],
    ['type', { jobType: 'scan' }, 'idx_jobs_job_type'],
  ] as const)(
    '3+ characters with a %s filter alone: the count looks each match up in that filter’s index',
    (_name, f, index) => {
      const { count } = searchPlans({ search: 'media/12', ...f });
      const label = count.join(' | ');
      expect(count[0], label).toMatch(/^SCAN jobs_search VIRTUAL TABLE/);
      expect(label).toMatch(
        new RegExp(`SEARCH jobs (EXISTS )?USING COVERING INDEX ${index} \\(\\w+=\\? AND rowid=\\?\\)`),
      );
    },
  );

  it('drive: the trigram index is the outer loop, each match one rowid seek, then a sort', () => {
    for (const sort of SORT_FIELDS) {
      const { drive } = searchPlans({ search: 'media/12', sort, status: 'failed' });
      const label = `${sort}: ${drive?.join(' | ')}`;
      expect(drive?.[0], label).toMatch(/^SCAN jobs_search VIRTUAL TABLE/);
      expect(drive?.[1], label).toMatch(/^SEARCH jobs USING INTEGER PRIMARY KEY \(rowid=\?\)/);
    }
  });

  it('walk and probe: the sort index in order (both ends), no sort; probe reads the search set once', () => {
    for (const sort of SORT_FIELDS) {
      for (const f of [{}, { status: 'completed' }, { jobType: 'move' }] as const) {
        for (const search of ['media/12', 'ia']) {
          const { walk, probe, probeBackward } = searchPlans({ search, sort, ...f });
          const label = `${sort} ${search} ${JSON.stringify(f)}`;
          for (const details of [walk, probe, probeBackward]) {
            expect(fullScan(details), `${label}: ${details.join(' | ')}`).toEqual([]);
            expect(sorts(details), `${label}: ${details.join(' | ')}`).toEqual([]);
          }
          expect(probe.join(' | '), label).toMatch(/LIST SUBQUERY|FOR IN-OPERATOR/);
        }
      }
    }
  });

  it('1–2 characters: no trigram index; the search set comes from the file_path index, not the rows', () => {
    const { count, probe, drive } = searchPlans({ search: 'ia' });
    expect(readsSearchIndex([...count, ...probe])).toBe(false);
    expect(drive).toBeNull();
    expect(probe.join(' | ')).toMatch(/COVERING INDEX idx_jobs_file_path/);
    expect(fullScan(count), count.join(' | ')).toEqual([]);
  });
});
