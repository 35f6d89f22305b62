import { describe, expect } from 'vitest';
import type { ContractContext } from './contractContext.ts';
import { L, LIST_JOBS } from './listData.ts';

const ENTITY_TAG = /^(W\/)?"[^"]*"$/;

/** [ext] ETag / If-None-Match / 304 and Cache-Control: no-cache on the list, detail and log routes. */
export function cachingChecks(ctx: ContractContext): void {
  const { check, get } = ctx;
  const LOG_LINES = ['[2026-02-01T10:00:00.000000Z] one', '[2026-02-01T10:00:01.000000Z] two'];
  const seed = () => ctx.target().seed({ jobs: LIST_JOBS, logs: { [L(2)]: LOG_LINES } });
  const ROUTES = ['/api/jobs?status=running', `/api/jobs/${L(2)}`, `/api/jobs/${L(2)}/logs`];

  const etagOf = async (path: string) => {
    const res = await get(path);
    expect(res.status, path).toBe(200);
    const etag = res.headers.get('etag');
    expect(etag, `${path} has an ETag`).toMatch(ENTITY_TAG);
    return etag as string;
  };
  const conditional = (path: string, etag: string) => get(path, { 'If-None-Match': etag });

  describe('[ext] ETag and 304', () => {
    check('200s carry an ETag and Cache-Control: no-cache; the same data gives the same ETag', async () => {
      await seed();
      for (const path of ROUTES) {
        const res = await get(path);
        expect(res.headers.get('cache-control') ?? '', path).toMatch(/no-cache/);
        expect(await etagOf(path), path).toBe(await etagOf(path));
      }
    });
    check('If-None-Match with the current ETag → 304, no body, the ETag and no-cache again', async () => {
      await seed();
      for (const path of ROUTES) {
        const etag = await etagOf(path);
        const res = await conditional(path, etag);
        expect(res.status, path).toBe(304);
        expect(res.text, path).toBe('');
        expect(res.headers.get('etag'), path).toBe(etag);
        expect(res.headers.get('cache-control') ?? '', path).toMatch(/no-cache/);
      }
    });
    check('a list of tags and the weak form match too; another tag does not', async () => {
      await seed();
      const path = ROUTES[0]!;
      const etag = await etagOf(path);
      const weak = etag.startsWith('W/') ? etag : `W/${etag}`;
      expect((await conditional(path, `"not-it", ${etag}`)).status).toBe(304);
      expect((await conditional(path, weak)).status).toBe(304);
      const other = await conditional(path, '"not-it"');
      expect(other.status).toBe(200);
      expect(other.body.jobs.length).toBe(2);
    });
    check('one query’s ETag does not validate another query, job or page', async () => {
      await seed();
      const pairs: [string, string][] = [
        ['/api/jobs?status=running', '/api/jobs?status=failed'],
        [`/api/jobs/${L(2)}`, `/api/jobs/${L(3)}`],
        [`/api/jobs/${L(2)}/logs`, `/api/jobs/${L(2)}/logs?offset=1`],
      ];
      for (const [first, second] of pairs) {
        const res = await conditional(second, await etagOf(first));
        expect(res.status, `${second} with the ETag of ${first}`).toBe(200);
      }
    });
    check('a write by another process changes the ETag of what it touches', async () => {
      await seed();
      const [list, detail] = [await etagOf(ROUTES[0]!), await etagOf(ROUTES[1]!)];
      await ctx.target().updateJob(L(2), { status: 'completed', progress_percent: 100 });
      for (const [path, etag] of [
        [ROUTES[0]!, list],
        [ROUTES[1]!, detail],
      ] as const) {
        const res = await conditional(path, etag);
        expect(res.status, path).toBe(200);
        expect(res.headers.get('etag'), path).not.toBe(etag);
      }
      expect((await get(ROUTES[1]!)).body.status).toBe('completed');
    });
    check('a deletion changes the list’s ETag; the job then answers 404', async () => {
      await seed();
      const list = await etagOf('/api/jobs');
      await ctx.target().deleteJob(L(3));
      const res = await conditional('/api/jobs', list);
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(7);
      expect((await conditional(`/api/jobs/${L(3)}`, list)).status).toBe(404);
    });
    check('appended log lines change the log’s ETag and show up', async () => {
      await seed();
      const path = ROUTES[2]!;
      const etag = await etagOf(path);
      await ctx.target().appendLog(L(2), ['[2026-02-01T10:00:02.000000Z] three']);
      const res = await conditional(path, etag);
      expect(res.status).toBe(200);
      expect(res.body.lines).toEqual([...LOG_LINES, '[2026-02-01T10:00:02.000000Z] three']);
      expect(res.headers.get('etag')).not.toBe(etag);
    });
  });
}
