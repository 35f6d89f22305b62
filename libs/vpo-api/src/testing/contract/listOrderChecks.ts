import { describe, expect } from 'vitest';
import type { ContractContext } from './contractContext.ts';
import { L, LIST_JOBS, NEWEST_FIRST } from './listData.ts';

/** sort, order, limit and offset: every field, both orders, ignored values, clamps and int parsing. */
export function listOrderChecks(ctx: ContractContext): void {
  const { check, get } = ctx;
  const seedList = () => ctx.target().seed({ jobs: LIST_JOBS });
  const list = async (query: string) => {
    const res = await get(`/api/jobs?${query}`);
    expect(res.status, `GET /api/jobs?${query}: ${res.text}`).toBe(200);
    return res.body as { jobs: Record<string, unknown>[]; total: number; limit: number; offset: number };
  };
  const ids = async (query: string) => (await list(query)).jobs.map((job) => job['id'] as string);
  const field = async (query: string, name: string) => (await list(query)).jobs.map((job) => job[name]);

  describe('GET /api/jobs — sort and order', () => {
    check('default is created_at, newest first', async () => {
      await seedList();
      expect(await ids('')).toEqual(NEWEST_FIRST);
      expect(await ids('sort=created_at&order=desc')).toEqual(NEWEST_FIRST);
    });
    check('order=asc (any case) reverses; an unknown order is ignored', async () => {
      await seedList();
      const oldest = [...NEWEST_FIRST].reverse();
      for (const order of ['asc', 'ASC', 'Asc']) expect(await ids(`order=${order}`), order).toEqual(oldest);
      for (const order of ['DESC', 'bogus', ''])
        expect(await ids(`order=${order}`), order).toEqual(NEWEST_FIRST);
    });
    check('an unknown or differently-cased sort field is ignored (created_at)', async () => {
      await seedList();
      for (const sort of ['bogus', 'STATUS', 'priority', 'id', '']) {
        expect(await ids(`sort=${sort}`), `sort=${sort}`).toEqual(NEWEST_FIRST);
      }
    });
    check('file_path sorts by code point (upper case before lower case)', async () => {
      await seedList();
      const ascending = [1, 8, 2, 7, 3, 5, 4, 6].map(L);
      expect(await ids('sort=file_path&order=asc')).toEqual(ascending);
      expect(await ids('sort=file_path&order=desc')).toEqual([...ascending].reverse());
    });
    check('job_type and status sort alphabetically in both orders', async () => {
      await seedList();
      const types = ['apply', 'move', 'process', 'prune', 'scan', 'scan', 'transcode', 'transcode'];
      expect(await field('sort=job_type&order=asc', 'job_type')).toEqual(types);
      expect(await field('sort=job_type&order=desc', 'job_type')).toEqual([...types].reverse());
      const statuses = [
        'cancelled',
        'completed',
        'completed',
        'completed',
        'failed',
        'queued',
        'running',
        'running',
      ];
      expect(await field('sort=status&order=asc', 'status')).toEqual(statuses);
      expect(await field('sort=status&order=desc', 'status')).toEqual([...statuses].reverse());
    });
    check(
      'duration sorts finished jobs by completed_at − created_at, unfinished jobs last in both orders',
      async () => {
        await seedList();
        const unfinished = [L(2), L(4), L(7)].sort();
        const asc = await ids('sort=duration&order=asc');
        expect(asc.slice(0, 5)).toEqual([5, 3, 1, 6, 8].map(L));
        expect(asc.slice(5).sort()).toEqual(unfinished);
        const desc = await ids('sort=duration&order=desc');
        expect(desc.slice(0, 5)).toEqual([8, 6, 1, 3, 5].map(L));
        expect(desc.slice(5).sort()).toEqual(unfinished);
        const defaultOrder = await ids('sort=duration');
        expect(defaultOrder.slice(0, 5)).toEqual([8, 6, 1, 3, 5].map(L));
      },
    );
  });

  describe('GET /api/jobs — limit and offset', () => {
    check('limit and offset page through the list without gap or overlap', async () => {
      await seedList();
      const page1 = await list('limit=3');
      expect([page1.limit, page1.offset, page1.total]).toEqual([3, 0, 8]);
      const pages = [
        ...(await ids('limit=3')),
        ...(await ids('limit=3&offset=3')),
        ...(await ids('limit=3&offset=6')),
      ];
      expect(pages).toEqual(NEWEST_FIRST);
      const last = await list('limit=3&offset=6');
      expect([last.jobs.length, last.offset, last.total]).toEqual([2, 6, 8]);
    });
    check('an offset past the end gives an empty page with the total', async () => {
      await seedList();
      for (const offset of [8, 100]) {
        const page = await list(`offset=${offset}`);
        expect([page.jobs.length, page.total, page.offset], `offset=${offset}`).toEqual([0, 8, offset]);
      }
    });
    check('limit is clamped to 1..100', async () => {
      await seedList();
      const cases: [string, number][] = [
        ['0', 1],
        ['-5', 1],
        ['-0', 1],
        ['1', 1],
        ['100', 100],
        ['101', 100],
        ['1000', 100],
      ];
      for (const [value, limit] of cases) {
        const page = await list(`limit=${value}`);
        expect(page.limit, `limit=${value}`).toBe(limit);
        expect(page.jobs.length, `limit=${value}`).toBe(Math.min(limit, 8));
      }
    });
    check('limit parses like Python int(); anything else falls back to 50', async () => {
      await seedList();
      const cases: [string, number][] = [
        ['abc', 50],
        ['', 50],
        ['1.5', 50],
        ['5abc', 50],
        ['1e1', 50],
        ['0x10', 50],
        ['%207%20', 7],
        ['%2B7', 7],
        ['007', 7],
        ['1_0', 10],
      ];
      for (const [value, limit] of cases)
        expect((await list(`limit=${value}`)).limit, `limit=${value}`).toBe(limit);
    });
    check('offset is clamped to ≥ 0; a non-int falls back to 0', async () => {
      await seedList();
      const cases: [string, number][] = [
        ['-3', 0],
        ['abc', 0],
        ['1.5', 0],
        ['', 0],
        ['%202', 2],
        ['1_0', 10],
      ];
      for (const [value, offset] of cases) {
        expect((await list(`offset=${value}`)).offset, `offset=${value}`).toBe(offset);
      }
      expect(await ids('offset=-3&limit=2')).toEqual(NEWEST_FIRST.slice(0, 2));
    });
  });
}
