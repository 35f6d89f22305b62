import { describe, expect } from 'vitest';
import { contractId, type ContractContext } from './contractContext.ts';
import { DETAIL_JOBS, D } from './detailData.ts';
import { LIST_JOBS } from './listData.ts';

const SCAN = contractId(0x600);
const TRANSCODE = contractId(0x601);
const BIG_SCAN = contractId(0x602);
const error = (filename: string) => ({
  path: `/media/bad/${filename}`,
  filename,
  error: `ffprobe failed on ${filename}`,
});

/** The errors route, /health, and the /api/v1 mirror. */
export function routeChecks(ctx: ContractContext): void {
  const { check, get } = ctx;

  describe('GET /api/jobs/{id}/errors', () => {
    const seed = () =>
      ctx.target().seed({
        jobs: [
          { ...LIST_JOBS[0]!, id: SCAN, job_type: 'scan' },
          { ...LIST_JOBS[0]!, id: TRANSCODE, job_type: 'transcode' },
          { ...LIST_JOBS[0]!, id: BIG_SCAN, job_type: 'scan' },
        ],
        scanErrors: {
          [SCAN]: [error('c.mkv'), error('a.mkv'), error('B.mkv')],
          [TRANSCODE]: [error('x.mkv')],
          [BIG_SCAN]: Array.from({ length: 60 }, (_, i) => error(`f${String(59 - i).padStart(2, '0')}.mkv`)),
        },
      });
    check('a scan job’s failed files, ordered by filename', async () => {
      await seed();
      const res = await get(`/api/jobs/${SCAN}/errors`);
      expect(res.status).toBe(200);
      expect(Object.keys(res.body)).toEqual(['job_id', 'errors', 'total_errors']);
      expect(res.body).toEqual({
        job_id: SCAN,
        errors: [error('B.mkv'), error('a.mkv'), error('c.mkv')],
        total_errors: 3,
      });
      expect(Object.keys(res.body.errors[0])).toEqual(['path', 'filename', 'error']);
    });
    check('at most 50 errors are listed (VPO’s page size), total_errors counts those', async () => {
      await seed();
      const body = (await get(`/api/jobs/${BIG_SCAN}/errors`)).body;
      expect(body.total_errors).toBe(50);
      expect(body.errors.map((e: { filename: string }) => e.filename)).toEqual(
        Array.from({ length: 50 }, (_, i) => `f${String(i).padStart(2, '0')}.mkv`),
      );
    });
    check('other job types and unknown jobs have none; a malformed id → 400', async () => {
      await seed();
      for (const id of [TRANSCODE, contractId(0x6ff)]) {
        const res = await get(`/api/jobs/${id}/errors`);
        expect([res.status, res.body], id).toEqual([200, { job_id: id, errors: [], total_errors: 0 }]);
      }
      const bad = await get('/api/jobs/nope/errors');
      expect([bad.status, bad.body]).toEqual([
        400,
        { error: 'Invalid job ID format', code: 'INVALID_ID_FORMAT' },
      ]);
    });
  });

  describe('GET /health', () => {
    check('reports healthy with the queued and running counts', async () => {
      await ctx.target().seed({ jobs: LIST_JOBS });
      const res = await get('/health');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'healthy', jobs_queued: 1, jobs_running: 2 });
    });
    check('counts follow the data', async () => {
      const jobs = [0, 1, 2, 3, 4].map((i) => ({
        ...LIST_JOBS[0]!,
        id: contractId(0x700 + i),
        status: i < 3 ? ('queued' as const) : ('running' as const),
      }));
      await ctx.target().seed({ jobs });
      expect((await get('/health')).body).toMatchObject({ jobs_queued: 3, jobs_running: 2 });
    });
  });

  describe('/api/v1 mirrors /api', () => {
    check('every route answers the same under both prefixes', async () => {
      await ctx.target().seed({
        jobs: [...LIST_JOBS, ...DETAIL_JOBS],
        logs: { [D(1)]: ['[2026-02-01T10:00:01.000000Z] a', '[2026-02-01T10:00:02.000000Z] b'] },
      });
      const paths = [
        '/jobs',
        '/jobs?status=completed&sort=file_path&order=asc&limit=3&offset=1',
        '/jobs?search=movies&since=30d&type=scan',
        '/jobs?status=bogus',
        '/jobs?foo=1',
        `/jobs/${D(1)}`,
        `/jobs/${D(4)}`,
        '/jobs/not-a-uuid',
        '/jobs/0b5d2f8e-0000-4000-8000-000000000000',
        `/jobs/${D(1)}/logs?offset=1&lines=5`,
        `/jobs/${D(1)}/errors`,
      ];
      for (const path of paths) {
        const [api, v1] = [await get(`/api${path}`), await get(`/api/v1${path}`)];
        expect([v1.status, v1.body], path).toEqual([api.status, api.body]);
      }
    });
  });
}
