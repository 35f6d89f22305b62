/**
 * The search index against VPO's predicate: for any path and any search text, the trigram index and every
 * way of reading a page give exactly the rows and the total that `LOWER(file_path) LIKE LOWER('%text%')`
 * gives (today's query, written out here independently of jobListSql.ts) — through inserts, replaces,
 * path updates and deletes.
 */
import type Database from 'better-sqlite3';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { JobListFilter } from './jobListSql.ts';
import type { PagePlanLimits } from './jobPagePlan.ts';
import { JobReader } from './jobReader.ts';
import { escapeLike } from './jobSearchSql.ts';
import { openDatabase } from './openDatabase.ts';
import { listFilter } from '../../test/listFilter.ts';

let db: Database.Database;
let nextId = 0;

beforeEach(() => {
  db = openDatabase(':memory:');
  nextId = 0;
});

const insert = (path: string, status = 'completed', replace = false): string => {
  const id = `job-${String(nextId).padStart(6, '0')}`;
  nextId += 1;
  const verb = replace ? 'INSERT OR REPLACE' : 'INSERT';
  db.prepare(
    `${verb} INTO jobs (id, file_path, job_type, status, created_at) VALUES (?, ?, 'scan', ?, ?)`,
  ).run(id, path, status, new Date(Date.UTC(2026, 0, 1) + nextId * 1000).toISOString());
  return id;
};

/** Today's query: VPO's LIKE on every row, newest first (rowid breaks ties). */
const likeIds = (text: string, status: string | null = null): string[] =>
  db
    .prepare(
      `SELECT id FROM jobs WHERE (@status IS NULL OR status = @status)
         AND LOWER(file_path) LIKE LOWER(@pattern) ESCAPE '\\' ORDER BY created_at DESC, rowid DESC`,
    )
    .pluck()
    .all({ status, pattern: `%${escapeLike(text)}%` }) as string[];

/** Readers whose limits force each plan: drive from the index, walk (big budget), probe (no walk). */
const FORCING: Record<'drive' | 'walk' | 'probe', PagePlanLimits> = {
  drive: { driveMax: Number.MAX_SAFE_INTEGER, walkBudget: 0 },
  walk: { driveMax: -1, walkBudget: Number.MAX_SAFE_INTEGER },
  probe: { driveMax: -1, walkBudget: 0 },
};

/** Every plan's page and total for one search, with the plan each reader actually used. */
function everyPlan(search: string, overrides: Partial<JobListFilter> = {}) {
  return Object.entries(FORCING).map(([name, limits]) => {
    const reader = new JobReader(db, limits);
    const page = reader.snapshot(() => reader.listPage(listFilter({ limit: 100, search, ...overrides })));
    return { name, plan: page.plan, total: page.total, ids: page.rows.map((row) => row.id) };
  });
}

const PATH_PIECES = [
  '/media/Movies/',
  'Alpha',
  'ALPHA',
  'alpha',
  '100% Live',
  'under_score',
  'back\\slash',
  "it's",
  'say "hi"',
  'Éclair',
  'éclair',
  '千と千尋',
  '🎬🍿',
  'ǅ',
  'K', // U+212A KELVIN SIGN: folds to "k" in Unicode, not in SQLite's LOWER
  'ſ', // U+017F LONG S: likewise "s"
  ' - S02E03 - ',
  '.mkv',
  'aaaa',
  '*:^-()NEAR AND OR',
];

const pathArb = fc
  .array(fc.constantFrom(...PATH_PIECES), { minLength: 1, maxLength: 5 })
  .map((pieces) => pieces.join(''));

/** A substring of some path with its ASCII letters' case shuffled, or any text at all. */
const searchArb = (paths: string[]) =>
  fc.oneof(
    fc
      .tuple(fc.constantFrom(...paths), fc.nat(), fc.nat(), fc.array(fc.boolean(), { maxLength: 40 }))
      .map(([path, a, b, flips]) => {
        const chars = [...path];
        const start = a % chars.length;
        const piece = chars.slice(start, start + 1 + (b % 8));
        return piece.map((c, i) => (flips[i] ? c.toUpperCase() : c.toLowerCase())).join('');
      }),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
    fc.constantFrom('%', '_', '\\', '"', '""', "'", '%_', 'a%', '_a', 'k', 'K', 's', 'S', 'É', 'é', 'ǆ'),
  );

describe('search index', () => {
  it('matches exactly what VPO’s LIKE matches, for every plan, any path and any text', () => {
    const cases = fc
      .array(pathArb, { minLength: 1, maxLength: 25 })
      .chain((paths) =>
        fc.tuple(fc.constant(paths), fc.array(searchArb(paths), { minLength: 1, maxLength: 15 })),
      );
    fc.assert(
      fc.property(cases, ([paths, searches]) => {
        db = openDatabase(':memory:');
        for (const path of paths) insert(path);
        for (const search of searches) {
          const expected = likeIds(search);
          for (const result of everyPlan(search)) {
            expect([search, result.name, result.total, result.ids]).toEqual([
              search,
              result.name,
              expected.length,
              expected,
            ]);
          }
        }
        db.close();
      }),
      { numRuns: 150 },
    );
  });

  it('each forced plan is the plan used, whenever the index can answer', () => {
    insert('/media/Alpha.mkv');
    insert('/media/beta.mkv');
    expect(everyPlan('alpha').map((result) => [result.name, result.plan])).toEqual([
      ['drive', 'drive'],
      ['walk', 'walk'],
      ['probe', 'probe'],
    ]);
    // 1–2 characters: the index cannot answer, so there is nothing to drive from.
    expect(everyPlan('al').map((result) => result.plan)).toEqual(['probe', 'walk', 'probe']);
  });

  it('stays in step through inserts, INSERT OR REPLACE, path updates and deletes', () => {
    const a = insert('/media/Alpha.mkv');
    const b = insert('/media/Beta.mkv');
    insert('/media/Gamma.mkv');
    db.prepare(
      "INSERT OR REPLACE INTO jobs (id, file_path, job_type, status, created_at) VALUES (?, '/media/Delta.mkv', 'scan', 'queued', '2026-01-02T00:00:00+00:00')",
    ).run(a);
    db.prepare("UPDATE jobs SET file_path = '/media/ALPHA-2.mkv' WHERE id = ?").run(b);
    db.prepare("UPDATE jobs SET status = 'failed', progress_percent = 5 WHERE id = ?").run(b);
    db.prepare("DELETE FROM jobs WHERE file_path LIKE '%Gamma%'").run();
    for (const search of ['alpha', 'beta', 'gamma', 'delta', '.mkv', 'media/']) {
      const expected = likeIds(search);
      for (const result of everyPlan(search)) {
        expect([result.name, result.total, result.ids]).toEqual([result.name, expected.length, expected]);
      }
    }
    const indexed = db.prepare('SELECT COUNT(*) FROM jobs_search').pluck().get();
    expect(indexed).toBe(2);
  });

  it('counts with other filters through the index too', () => {
    for (let i = 0; i < 30; i += 1) insert(`/media/show-${i % 3}.mkv`, i % 2 ? 'failed' : 'completed');
    for (const result of everyPlan('show-1', { status: 'failed' })) {
      expect([result.name, result.total, result.ids]).toEqual([
        result.name,
        likeIds('show-1', 'failed').length,
        likeIds('show-1', 'failed'),
      ]);
    }
  });

  it('a text with NUL keeps VPO’s predicate (SQLite’s LIKE stops at the NUL; the index would not)', () => {
    insert('/media/Alpha.mkv');
    insert('/media/Beta.mkv');
    for (const result of everyPlan('mkv\u0000zzz')) {
      expect([result.total, result.ids]).toEqual([likeIds('mkv\u0000zzz').length, likeIds('mkv\u0000zzz')]);
    }
  });
});

describe('walk budget', () => {
  it('a walk that reads its budget before the page is full gives up for a probe, with the same rows', () => {
    // 90 misses, then 10 matches at the far end of the newest-first order: evenly spread, a page of one
    // would be found within 9 rows; here the walk must read 91.
    for (let i = 0; i < 10; i += 1) insert(`/media/wanted-${i}.mkv`);
    for (let i = 0; i < 90; i += 1) insert(`/media/other-${i}.mkv`);
    const reader = new JobReader(db, { driveMax: -1, walkBudget: 40 });
    const page = reader.snapshot(() => reader.listPage(listFilter({ search: 'wanted', limit: 1 })));
    expect(page.plan).toBe('probe');
    expect(page.rows.map((row) => row.id)).toEqual(likeIds('wanted').slice(0, 1));
    // The budget is spent inside SQLite: the next walk starts afresh.
    const next = reader.snapshot(() => reader.listPage(listFilter({ search: 'other', limit: 1 })));
    expect([next.plan, next.rows.map((row) => row.id)]).toEqual(['walk', likeIds('other').slice(0, 1)]);
  });

  it('a search dense among its status’s jobs walks, however sparse among all jobs', () => {
    // 200 completed jobs, then 20 failed ones of which every other matches: 10 matches in 220 jobs, but one
    // in two of the failed jobs a status=failed walk passes over.
    for (let i = 0; i < 200; i += 1) insert(`/media/other-${i}.mkv`);
    for (let i = 0; i < 20; i += 1) insert(i % 2 ? `/media/wanted-${i}.mkv` : `/media/x-${i}.mkv`, 'failed');
    const reader = new JobReader(db, { driveMax: -1, walkBudget: 100 });
    const page = reader.snapshot(() =>
      reader.listPage(listFilter({ search: 'wanted', status: 'failed', limit: 5 })),
    );
    expect([page.plan, page.total, page.rows.map((row) => row.id)]).toEqual([
      'walk',
      10,
      likeIds('wanted', 'failed').slice(0, 5),
    ]);
  });
});
