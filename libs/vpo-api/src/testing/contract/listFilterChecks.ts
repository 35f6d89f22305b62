import { describe, expect } from 'vitest';
import { idsOf, pyTimestamp, contractId, type ContractContext } from './contractContext.ts';
import { L, LIST_JOBS, NEWEST_FIRST } from './listData.ts';

const invalid = (error: string) => ({ error, code: 'INVALID_PARAMETER' });

/** status, type, since and search: valid values, empties, exact 400 texts, escaping, case, the 200 cap. */
export function listFilterChecks(ctx: ContractContext): void {
  const { check, get } = ctx;
  const seedList = () => ctx.target().seed({ jobs: LIST_JOBS });
  const ids = async (query: string) => {
    const res = await get(`/api/jobs?${query}`);
    expect(res.status, `GET /api/jobs?${query}: ${res.text}`).toBe(200);
    return idsOf(res.body);
  };

  describe('GET /api/jobs — status and type filters', () => {
    check('each status returns exactly its jobs, newest first', async () => {
      await seedList();
      for (const status of ['queued', 'running', 'completed', 'failed', 'cancelled']) {
        const expected = NEWEST_FIRST.filter(
          (id) => LIST_JOBS.find((job) => job.id === id)?.status === status,
        );
        expect(await ids(`status=${status}`), `status=${status}`).toEqual(expected);
      }
    });
    check('each type returns exactly its jobs', async () => {
      await seedList();
      for (const type of ['scan', 'apply', 'transcode', 'move', 'process', 'prune']) {
        const expected = NEWEST_FIRST.filter(
          (id) => LIST_JOBS.find((job) => job.id === id)?.job_type === type,
        );
        expect(await ids(`type=${type}`), `type=${type}`).toEqual(expected);
      }
    });
    check('filters combine', async () => {
      await seedList();
      expect(await ids('status=completed&type=transcode')).toEqual([L(8)]);
      expect(await ids('status=queued&type=scan')).toEqual([]);
    });
    check('an empty status, type or since means no filter (and no has_filters)', async () => {
      await seedList();
      for (const query of ['status=', 'type=', 'since=', 'status=&type=&since=']) {
        const res = await get(`/api/jobs?${query}`);
        expect(res.status, query).toBe(200);
        expect(idsOf(res.body), query).toEqual(NEWEST_FIRST);
        expect(res.body.has_filters, query).toBe(false);
      }
    });
    check('invalid values → 400 INVALID_PARAMETER with VPO’s exact text', async () => {
      await seedList();
      const cases: [string, string][] = [
        ['status=bogus', "Invalid status value: 'bogus'"],
        ['status=RUNNING', "Invalid status value: 'RUNNING'"],
        ['status=%20', "Invalid status value: ' '"],
        ['type=bogus', "Invalid type value: 'bogus'"],
        ['type=Scan', "Invalid type value: 'Scan'"],
        ['since=1d', "Invalid since value: '1d'"],
        ['since=24H', "Invalid since value: '24H'"],
        ['status=nope&type=nope', "Invalid status value: 'nope'"],
        ['type=nope&since=nope', "Invalid type value: 'nope'"],
      ];
      for (const [query, message] of cases) {
        const res = await get(`/api/jobs?${query}`);
        expect(res.status, query).toBe(400);
        expect(res.body, query).toEqual(invalid(message));
      }
    });
  });

  describe('GET /api/jobs — since', () => {
    check('24h, 7d and 30d keep jobs created within that window of now', async () => {
      const now = Date.now();
      const ages = [1, 3 * 24, 10 * 24, 40 * 24];
      const jobs = ages.map((hours, i) => ({
        ...LIST_JOBS[0]!,
        id: contractId(0x200 + i),
        created_at: pyTimestamp(now - hours * 3600_000),
        completed_at: null,
      }));
      await ctx.target().seed({ jobs });
      expect(await ids('since=24h')).toEqual([contractId(0x200)]);
      expect(await ids('since=7d')).toEqual([contractId(0x200), contractId(0x201)]);
      expect(await ids('since=30d')).toEqual([contractId(0x200), contractId(0x201), contractId(0x202)]);
      expect((await get('/api/jobs?since=7d')).body.total).toBe(2);
    });
  });

  describe('GET /api/jobs — search', () => {
    check('case-insensitive substring of file_path', async () => {
      await seedList();
      expect(await ids('search=movies')).toEqual([L(8), L(2), L(1)]);
      expect(await ids('search=MKV')).toEqual([L(8), L(5), L(4), L(3), L(2), L(1)]);
      expect(await ids('search=gAmMa.mkv')).toEqual([L(4)]);
    });
    check('surrounding whitespace is trimmed; a blank search is ignored', async () => {
      await seedList();
      expect(await ids('search=%20%20alpha%09')).toEqual([L(1)]);
      const blank = await get('/api/jobs?search=%20%20%20');
      expect(idsOf(blank.body)).toEqual(NEWEST_FIRST);
      expect(blank.body.has_filters).toBe(false);
    });
    check('%, _ and \\ match literally (LIKE wildcards escaped)', async () => {
      await seedList();
      expect(await ids('search=%25'), 'search=%').toEqual([L(3)]);
      expect(await ids('search=_'), 'search=_').toEqual([L(5), L(2)]);
      expect(await ids('search=%5C'), 'search=\\').toEqual([L(5)]);
      expect(await ids('search=Alph_'), 'search=Alph_').toEqual([]);
      expect(await ids('search=%25Live'), 'search=%Live').toEqual([]);
      expect(await ids('search=100%25%20Live'), 'search=100% Live').toEqual([L(3)]);
    });
    check('case folding is ASCII-only, as SQLite’s LIKE/LOWER', async () => {
      const job = { ...LIST_JOBS[0]!, id: contractId(0x300), file_path: '/media/Films/Éclair.mkv' };
      await ctx.target().seed({ jobs: [job] });
      expect(await ids('search=%C3%89CLAIR')).toEqual([contractId(0x300)]);
      expect(await ids('search=%C3%A9clair')).toEqual([]);
    });
    check('search is cut to 200 characters (code points) after trimming', async () => {
      const x200 = 'x'.repeat(200);
      const smile = '\u{1F600}';
      const jobs = [
        { ...LIST_JOBS[0]!, id: contractId(0x301), file_path: `/media/${x200}tail.mkv` },
        { ...LIST_JOBS[0]!, id: contractId(0x302), file_path: `/media/${smile.repeat(150)}.mkv` },
      ];
      await ctx.target().seed({ jobs });
      const longAscii = encodeURIComponent(`  ${x200}NOT-IN-PATH`);
      expect(await ids(`search=${longAscii}`), '200 x + extra').toEqual([contractId(0x301)]);
      // 200 emoji are 400 UTF-16 units: a cut by units (100 emoji) would wrongly match the 150-emoji path.
      const emoji = encodeURIComponent(`${smile.repeat(200)}X`);
      expect(await ids(`search=${emoji}`), '200 emoji + extra').toEqual([]);
    });
  });
}
