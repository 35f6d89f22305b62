import { describe, expect } from 'vitest';
import { readJobListParams } from '../../request/readJobListParams.ts';
import { queryJobs } from '../queryJobs.ts';
import { contractId, idsOf, type ContractContext } from './contractContext.ts';
import { SEARCH_JOBS, SEARCH_TEXTS } from './searchData.ts';

/**
 * search on hostile text, however a server finds the matches (a scan, a trigram index): exactly the rows and
 * the total of VPO's `LOWER(file_path) LIKE LOWER('%text%') ESCAPE '\'`, modelled by `queryJobs` — with
 * filters, in every order, on every page.
 */
export function searchChecks(ctx: ContractContext): void {
  const { check, get } = ctx;
  const seed = () => ctx.target().seed({ jobs: SEARCH_JOBS });
  /** The response to `query` next to what VPO's query gives for it. */
  const compare = async (query: URLSearchParams) => {
    const read = readJobListParams(query);
    if (!read.ok) throw new Error(`bad query ${query}`);
    const expected = queryJobs(SEARCH_JOBS, read.params, Date.now());
    const res = await get(`/api/jobs?${query}`);
    return {
      actual: [`${query}`, res.status, res.body?.total, res.body ? idsOf(res.body) : res.text],
      expected: [`${query}`, 200, expected.total, expected.jobs.map((job) => job.id)],
    };
  };

  describe('GET /api/jobs — search on hostile text', () => {
    check('quotes, unicode case, FTS syntax, short texts: exactly VPO’s matches and total', async () => {
      await seed();
      for (const search of SEARCH_TEXTS) {
        const { actual, expected } = await compare(new URLSearchParams({ search }));
        expect(actual).toEqual(expected);
      }
    });
    check('pinned: ASCII case folds, other case and Unicode folding do not', async () => {
      await seed();
      const ids = async (search: string) =>
        idsOf((await get(`/api/jobs?${new URLSearchParams({ search })}`)).body);
      expect(await ids('ÉCLAIR')).toEqual([contractId(0x405)]);
      expect(await ids('"quoted"')).toEqual([contractId(0x404)]);
      // The Kelvin sign and long s are not K and s to SQLite's LOWER.
      expect(await ids('\u212A kelvin')).toEqual([contractId(0x409)]);
      expect(await ids('k kelvin')).toEqual([]);
      expect(await ids('straße')).toEqual([]);
      expect(await ids('aaaa')).toEqual([contractId(0x40b)]);
      expect(await ids('aaaaa')).toEqual([]);
    });
    check('with status and type filters', async () => {
      await seed();
      for (const search of ['mkv', 'media', 'alpha', 'aa', '%']) {
        for (const filter of [{ status: 'completed' }, { status: 'queued' }, { type: 'scan' }] as Record<
          string,
          string
        >[]) {
          const { actual, expected } = await compare(new URLSearchParams({ search, ...filter }));
          expect(actual).toEqual(expected);
        }
      }
    });
    // The sorts whose keys are unique here: VPO breaks no ties, so tied rows may come in any order.
    check('sorted by created_at or file_path, both orders, page by page', async () => {
      await seed();
      for (const search of ['mkv', 'me']) {
        for (const sort of ['created_at', 'file_path']) {
          for (const order of ['asc', 'desc']) {
            for (let offset = 0; offset <= 14; offset += 3) {
              const query = new URLSearchParams({ search, sort, order, limit: '3', offset: `${offset}` });
              const { actual, expected } = await compare(query);
              expect(actual).toEqual(expected);
            }
          }
        }
      }
    });
  });
}
