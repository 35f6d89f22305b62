/**
 * EXPLAIN QUERY PLAN of the list queries: filters on status, type and since, and the default newest-first
 * order, must be served by indexes — never a full scan of `jobs`, never a sort of the whole table.
 */
import Database from 'better-sqlite3';
import { SORT_FIELDS } from '@vpo-live/vpo-api';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildJobListSql, type JobListFilter } from '../src/db/jobListSql.ts';
import { HEALTH_COUNTS_SQL } from '../src/db/jobReader.ts';
import { JOB_LIST_ROW_COLUMNS } from '../src/db/jobRow.ts';
import { migrate } from '../src/db/migrations.ts';

const db = new Database(':memory:');

beforeAll(() => {
  migrate(db);
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

const filter = (overrides: Partial<JobListFilter>): JobListFilter => ({
  status: null,
  jobType: null,
  createdSince: null,
  search: null,
  sort: 'created_at',
  order: 'desc',
  limit: 50,
  offset: 0,
  ...overrides,
});

function plan(sql: string, params: object): string[] {
  const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[];
  return rows.map((row) => row.detail);
}

function plans(f: JobListFilter): { page: string[]; count: string[] } {
  const sql = buildJobListSql(f, JOB_LIST_ROW_COLUMNS);
  return {
    page: plan(sql.pageSql, { ...sql.params, limit: f.limit, offset: f.offset }),
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
    const { page, count } = plans(filter({ ...overrides, order }));
    expect(fullScan(page), page.join(' | ')).toEqual([]);
    expect(sorts(page), page.join(' | ')).toEqual([]);
    expect(fullScan(count), count.join(' | ')).toEqual([]);
    expect(page.join(' ')).toMatch(/USING (COVERING )?INDEX idx_jobs_/);
  });
});

describe('other sorts', () => {
  it.each(['job_type', 'status', 'file_path', 'duration'] as const)(
    'sort=%s without filters walks an index',
    (sort) => {
      for (const order of ['asc', 'desc'] as const) {
        const { page } = plans(filter({ sort, order }));
        expect(fullScan(page), page.join(' | ')).toEqual([]);
        expect(sorts(page), page.join(' | ')).toEqual([]);
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
          const { page } = plans(filter({ sort, order, ...f }));
          const label = `${sort} ${order} ${JSON.stringify(f)}: ${page.join(' | ')}`;
          expect(fullScan(page), label).toEqual([]);
          expect(sorts(page), label).toEqual([]);
        }
      }
    }
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
