import { describe, expect } from 'vitest';
import type { ContractContext } from './contractContext.ts';
import { D, DETAIL_CASES, DETAIL_JOBS } from './detailData.ts';

const DETAIL_KEYS = [
  'id',
  'id_short',
  'job_type',
  'status',
  'priority',
  'file_path',
  'policy_name',
  'created_at',
  'started_at',
  'completed_at',
  'duration_seconds',
  'progress_percent',
  'error_message',
  'output_path',
  'summary',
  'summary_raw',
  'has_logs',
  'has_scan_errors',
  'processed_count',
  'total_count',
];

/** GET /api/jobs/{id}: field order and values, summaries, flags, bad and missing ids. */
export function detailChecks(ctx: ContractContext): void {
  const { check, get } = ctx;
  const seed = () =>
    ctx.target().seed({ jobs: DETAIL_JOBS, logs: { [D(1)]: ['[2026-02-01T10:00:01.000000Z] JOB START'] } });
  const detail = async (n: number) => {
    const res = await get(`/api/jobs/${D(n)}`);
    expect(res.status, `GET /api/jobs/${D(n)}: ${res.text}`).toBe(200);
    return res.body;
  };

  describe('GET /api/jobs/{id}', () => {
    check('fields come in VPO’s order, then processed_count and total_count', async () => {
      await seed();
      for (const index of DETAIL_CASES.keys()) {
        expect(Object.keys(await detail(index + 1)), `job ${index + 1}`).toEqual(DETAIL_KEYS);
      }
    });
    check('a finished scan job, field for field', async () => {
      await seed();
      expect(await detail(1)).toEqual({
        id: D(1),
        id_short: D(1).slice(0, 8),
        job_type: 'scan',
        status: 'completed',
        priority: 5,
        file_path: '/media/library',
        policy_name: null,
        created_at: '2026-02-01T10:00:00.000001+00:00',
        started_at: '2026-02-01T10:00:01.000000+00:00',
        completed_at: '2026-02-01T10:00:10.000000+00:00',
        duration_seconds: 9,
        progress_percent: 100,
        error_message: null,
        output_path: null,
        summary: 'Scanned 120 files, 3 new, 1 removed, 100 unchanged, 2 errors',
        summary_raw: { total_discovered: 120, scanned: 120, skipped: 100, added: 3, removed: 1, errors: 2 },
        has_logs: true,
        has_scan_errors: true,
        processed_count: null,
        total_count: null,
      });
    });
    check('a running job: defaults and nulls', async () => {
      await seed();
      expect(await detail(2)).toMatchObject({
        priority: 100,
        policy_name: 'archive-hevc',
        started_at: null,
        completed_at: null,
        duration_seconds: null,
        progress_percent: 42.5,
        summary: null,
        summary_raw: null,
        has_logs: false,
        has_scan_errors: false,
      });
    });
    check('summary text per job type, as VPO writes it', async () => {
      await seed();
      for (const [index, { summary }] of DETAIL_CASES.entries()) {
        expect((await detail(index + 1)).summary, `job ${index + 1}`).toBe(summary);
      }
    });
    check('summary_raw is returned as stored', async () => {
      await seed();
      for (const [index, { job }] of DETAIL_CASES.entries()) {
        expect((await detail(index + 1)).summary_raw, `job ${index + 1}`).toEqual(job.summary_raw ?? null);
      }
    });
    check('has_scan_errors only for scan jobs whose summary counts errors', async () => {
      await seed();
      const flags = await Promise.all([1, 8, 9, 2, 12].map(async (n) => (await detail(n)).has_scan_errors));
      expect(flags).toEqual([true, true, false, false, false]);
    });
    check('live counts, output path, error message and Z timestamps', async () => {
      await seed();
      expect(await detail(12)).toMatchObject({ processed_count: 25, total_count: 100, progress_percent: 25 });
      expect((await detail(4)).output_path).toBe('/media/out/Film.hevc.mkv');
      expect(await detail(13)).toMatchObject({
        error_message: 'Permission denied',
        created_at: '2026-02-01T10:00:00Z',
        completed_at: '2026-02-01T10:01:30.500Z',
        duration_seconds: 90,
      });
    });
    check('a malformed id → 400 INVALID_ID_FORMAT', async () => {
      await seed();
      for (const id of ['not-a-uuid', '12345', `${D(1)}0`, D(1).replace(/-/g, '_')]) {
        const res = await get(`/api/jobs/${id}`);
        expect(res.status, id).toBe(400);
        expect(res.body, id).toEqual({ error: 'Invalid job ID format', code: 'INVALID_ID_FORMAT' });
      }
    });
    check('a well-formed id that is not stored → 404 NOT_FOUND', async () => {
      await seed();
      for (const id of ['0b5d2f8e-0000-4000-8000-000000000000', '0B5D2F8E-AAAA-4BBB-8CCC-DDDDDDDDDDDD']) {
        const res = await get(`/api/jobs/${id}`);
        expect(res.status, id).toBe(404);
        expect(res.body, id).toEqual({ error: 'Job not found', code: 'NOT_FOUND' });
      }
    });
  });
}
