import { describe, expect } from 'vitest';
import { contractId, type ContractContext } from './contractContext.ts';
import { LIST_JOBS } from './listData.ts';

const LOG_JOB = contractId(0x500);
const SHORT_JOB = contractId(0x501);
const SILENT_JOB = contractId(0x502);
const UNKNOWN_JOB = contractId(0x5ff);

const stamp = (i: number) =>
  `[2026-02-01T10:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}.000000Z]`;
/** 1234 numbered lines, a few with tabs, quotes and non-ASCII text. */
const LONG_LOG = Array.from({ length: 1234 }, (_, i) =>
  i % 97 === 0 ? `${stamp(i)} line ${i + 1}\t"quoted" \u00e9t\u00e9 \u2192 ok` : `${stamp(i)} line ${i + 1}`,
);

/** GET /api/jobs/{id}/logs: paging from the start, has_more, clamps, unknown and bad ids. */
export function logChecks(ctx: ContractContext): void {
  const { check, get } = ctx;
  const seed = () =>
    ctx.target().seed({
      jobs: [LOG_JOB, SHORT_JOB, SILENT_JOB].map((id) => ({ ...LIST_JOBS[0]!, id })),
      logs: { [LOG_JOB]: LONG_LOG, [SHORT_JOB]: LONG_LOG.slice(0, 3) },
    });
  const logs = async (id: string, query = '') => {
    const res = await get(`/api/jobs/${id}/logs${query ? `?${query}` : ''}`);
    expect(res.status, `logs ${query}: ${res.text}`).toBe(200);
    return res.body;
  };

  describe('GET /api/jobs/{id}/logs', () => {
    check('defaults: the first 500 lines, with the total and has_more', async () => {
      await seed();
      const body = await logs(LOG_JOB);
      expect(Object.keys(body)).toEqual(['job_id', 'lines', 'total_lines', 'offset', 'has_more']);
      expect(body).toEqual({
        job_id: LOG_JOB,
        lines: LONG_LOG.slice(0, 500),
        total_lines: 1234,
        offset: 0,
        has_more: true,
      });
    });
    check('offset skips lines from the start; has_more = offset + len(lines) < total_lines', async () => {
      await seed();
      expect(await logs(LOG_JOB, 'offset=500&lines=500')).toMatchObject({
        lines: LONG_LOG.slice(500, 1000),
        offset: 500,
        has_more: true,
      });
      expect(await logs(LOG_JOB, 'offset=1000')).toMatchObject({
        lines: LONG_LOG.slice(1000),
        has_more: false,
      });
      expect(await logs(LOG_JOB, 'offset=1233&lines=1')).toMatchObject({
        lines: [LONG_LOG[1233]],
        has_more: false,
      });
      expect(await logs(LOG_JOB, 'offset=1232&lines=1')).toMatchObject({ has_more: true });
      for (const offset of [1234, 5000]) {
        expect(await logs(LOG_JOB, `offset=${offset}`)).toEqual({
          job_id: LOG_JOB,
          lines: [],
          total_lines: 1234,
          offset,
          has_more: false,
        });
      }
    });
    check('reading page after page returns every line once, in order', async () => {
      await seed();
      const all: string[] = [];
      for (let offset = 0; ; offset += 100) {
        const body = await logs(LOG_JOB, `offset=${offset}&lines=100`);
        all.push(...body.lines);
        if (!body.has_more) break;
      }
      expect(all).toEqual(LONG_LOG);
    });
    check('lines is clamped to 1..1000; a non-int falls back to 500', async () => {
      await seed();
      const cases: [string, number][] = [
        ['0', 1],
        ['-5', 1],
        ['1000', 1000],
        ['5000', 1000],
        ['abc', 500],
        ['1.5', 500],
        ['', 500],
        ['%207', 7],
      ];
      for (const [value, count] of cases) {
        expect((await logs(LOG_JOB, `lines=${value}`)).lines.length, `lines=${value}`).toBe(count);
      }
    });
    check('offset is clamped to ≥ 0; a non-int falls back to 0', async () => {
      await seed();
      for (const value of ['-10', 'abc', '2.5', '']) {
        const body = await logs(LOG_JOB, `offset=${value}&lines=2`);
        expect([body.offset, body.lines], `offset=${value}`).toEqual([0, LONG_LOG.slice(0, 2)]);
      }
    });
    check('a short log, a job without a log and an unknown job', async () => {
      await seed();
      expect(await logs(SHORT_JOB)).toMatchObject({
        lines: LONG_LOG.slice(0, 3),
        total_lines: 3,
        has_more: false,
      });
      for (const id of [SILENT_JOB, UNKNOWN_JOB]) {
        expect(await logs(id), id).toEqual({
          job_id: id,
          lines: [],
          total_lines: 0,
          offset: 0,
          has_more: false,
        });
      }
      expect((await logs(UNKNOWN_JOB, 'offset=10')).offset).toBe(10);
    });
    check('other parameters are ignored (this route is not strict)', async () => {
      await seed();
      expect((await logs(SHORT_JOB, 'foo=1&_=123')).total_lines).toBe(3);
    });
    check('a malformed id → 400 INVALID_ID_FORMAT', async () => {
      await seed();
      const res = await get('/api/jobs/not-a-uuid/logs');
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ error: 'Invalid job ID format', code: 'INVALID_ID_FORMAT' });
    });
  });
}
