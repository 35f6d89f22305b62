import { describe, expect } from 'vitest';
import { idsOf, type ContractContext } from './contractContext.ts';
import { L, LIST_JOBS, NEWEST_FIRST } from './listData.ts';

const LIST_ITEM_KEYS = [
  'id',
  'job_type',
  'status',
  'file_path',
  'progress_percent',
  'created_at',
  'completed_at',
  'duration_seconds',
  'processed_count',
  'total_count',
  'started_at',
];

/** The list body: envelope, item fields and values, has_filters, unknown parameters. */
export function listShapeChecks(ctx: ContractContext): void {
  const { check, get } = ctx;
  const seedList = () => ctx.target().seed({ jobs: LIST_JOBS });

  describe('GET /api/jobs — body', () => {
    check('envelope: jobs, total, limit, offset, has_filters, max_page_size', async () => {
      await seedList();
      const res = await get('/api/jobs');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type') ?? '').toMatch(/^application\/json/);
      expect(Object.keys(res.body)).toEqual([
        'jobs',
        'total',
        'limit',
        'offset',
        'has_filters',
        'max_page_size',
      ]);
      expect({ ...res.body, jobs: idsOf(res.body) }).toEqual({
        jobs: NEWEST_FIRST,
        total: 8,
        limit: 50,
        offset: 0,
        has_filters: false,
        max_page_size: 100,
      });
    });
    check('items carry VPO’s fields in order, then processed_count, total_count and started_at', async () => {
      await seedList();
      const res = await get('/api/jobs');
      for (const item of res.body.jobs) expect(Object.keys(item)).toEqual(LIST_ITEM_KEYS);
      const byId = (n: number) => res.body.jobs.find((job: { id: string }) => job.id === L(n));
      expect(byId(1)).toEqual({
        id: L(1),
        job_type: 'scan',
        status: 'completed',
        file_path: '/media/Movies/Alpha (2001).mkv',
        progress_percent: 100,
        created_at: '2026-01-10T08:00:00.000000+00:00',
        completed_at: '2026-01-10T08:01:40.999999+00:00',
        duration_seconds: 100,
        processed_count: null,
        total_count: null,
        started_at: '2026-01-10T08:00:01.000000+00:00',
      });
      expect(byId(2)).toMatchObject({
        progress_percent: 42.7,
        completed_at: null,
        duration_seconds: null,
        started_at: '2026-01-11T09:00:02.000000+00:00',
      });
      expect(byId(3)).toMatchObject({ started_at: null });
      expect(byId(4)).toMatchObject({ progress_percent: 0, duration_seconds: null });
      expect(byId(3)).toMatchObject({ status: 'failed', duration_seconds: 30 });
      expect(byId(7)).toMatchObject({ processed_count: 25, total_count: 100, progress_percent: 25 });
      expect(byId(8)).toMatchObject({ duration_seconds: 7200 });
    });
    check('has_filters is true for status, type, since or search — not for sort or paging', async () => {
      await seedList();
      for (const query of [
        'status=running',
        'type=scan',
        'since=30d',
        'search=alpha',
        'status=queued&type=scan',
      ]) {
        expect((await get(`/api/jobs?${query}`)).body.has_filters, query).toBe(true);
      }
      for (const query of ['sort=status&order=asc', 'limit=2&offset=1', '']) {
        expect((await get(`/api/jobs?${query}`)).body.has_filters, query).toBe(false);
      }
    });
    check('total counts every match, not the page', async () => {
      await seedList();
      const res = await get('/api/jobs?status=completed&limit=1');
      expect([res.body.jobs.length, res.body.total]).toEqual([1, 3]);
    });
  });

  describe('GET /api/jobs — unknown parameters', () => {
    const unknown = (names: string) => ({
      error: `Unknown query parameters: ${names}`,
      code: 'UNKNOWN_PARAMETERS',
    });
    check(
      'any other name → 400 UNKNOWN_PARAMETERS listing the names, sorted (a cache-buster too)',
      async () => {
        await seedList();
        const cases: [string, string][] = [
          ['foo=1', "['foo']"],
          ['_=1700000000000', "['_']"],
          ['zeta=1&alpha=2&status=running', "['alpha', 'zeta']"],
          ['page=2', "['page']"],
          ['Status=running', "['Status']"],
          ['foo=1&foo=2', "['foo']"],
          ["it's=1", `["it's"]`],
        ];
        for (const [query, names] of cases) {
          const res = await get(`/api/jobs?${query}`);
          expect(res.status, query).toBe(400);
          expect(res.body, query).toEqual(unknown(names));
        }
      },
    );
    check('unknown names are reported before invalid values', async () => {
      await seedList();
      const res = await get('/api/jobs?status=bogus&foo=1');
      expect(res.body).toEqual(unknown("['foo']"));
    });
  });
}
