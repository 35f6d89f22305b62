import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JOB_LIST_PARAMS } from '../limits.ts';
import { normalizeJobListQuery, type JobListQuery } from './jobListQuery.ts';
import { jobListSearchParams } from './jobListSearchParams.ts';
import { parseJobListQuery } from './parseJobListQuery.ts';

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', ' ', '  running ', '%', '_', '\\', '\u00a0x\u3000', 'a'.repeat(250), '\uD800'),
);
const number = fc.oneof(
  fc.integer({ min: -1_000, max: 1_000 }),
  fc.double(),
  fc.constantFrom(0, 50, 100, 101, -0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60),
);
const loose = <T>(valid: readonly T[]) => fc.oneof(fc.constantFrom(...valid), text);

/** Queries as a UI might build them, valid or not (typed loosely on purpose). */
const anyQuery = fc.record(
  {
    status: loose(['queued', 'running', 'completed', 'failed', 'cancelled']),
    type: loose(['scan', 'apply', 'transcode', 'move', 'process', 'prune']),
    since: loose(['24h', '7d', '30d']),
    search: text,
    sort: loose(['created_at', 'job_type', 'status', 'file_path', 'duration']),
    order: loose(['asc', 'desc', 'ASC', 'Desc']),
    limit: number,
    offset: number,
  },
  { requiredKeys: [] },
) as fc.Arbitrary<JobListQuery>;

const DEFAULTS: Record<string, string> = {
  sort: 'created_at',
  order: 'desc',
  limit: '50',
  offset: '0',
  search: '',
};

describe('jobListSearchParams', () => {
  it('builds only what differs from the defaults, in a fixed order', () => {
    expect(jobListSearchParams({}).toString()).toBe('');
    expect(
      jobListSearchParams({
        status: 'running',
        limit: 50,
        offset: 0,
        sort: 'created_at',
        order: 'desc',
      }).toString(),
    ).toBe('status=running');
    expect(
      jobListSearchParams({
        offset: 100,
        order: 'asc',
        search: ' 100% ',
        type: 'scan',
        sort: 'duration',
        limit: 25,
      }).toString(),
    ).toBe('type=scan&search=100%25&sort=duration&order=asc&limit=25&offset=100');
  });

  it('drops invalid values instead of sending them', () => {
    const query = {
      status: 'bogus',
      type: 'Scan',
      since: '1d',
      sort: 'priority',
      order: 'up',
      limit: Number.NaN,
    };
    expect(jobListSearchParams(query as unknown as JobListQuery).toString()).toBe('');
  });

  it('clamps numbers as VPO would', () => {
    expect(jobListSearchParams({ limit: 0 }).get('limit')).toBe('1');
    expect(jobListSearchParams({ limit: 1000 }).get('limit')).toBe('100');
    expect(jobListSearchParams({ limit: 12.9 }).get('limit')).toBe('12');
    expect(jobListSearchParams({ offset: -5 }).has('offset')).toBe(false);
  });

  it('property: only allowed names, never a default or empty value (2,000 random queries)', () => {
    fc.assert(
      fc.property(anyQuery, (query) => {
        const params = jobListSearchParams(query);
        for (const [name, value] of params) {
          expect(JOB_LIST_PARAMS as readonly string[]).toContain(name);
          expect(value).not.toBe('');
          expect(value).not.toBe(DEFAULTS[name]);
        }
        expect(new Set(params.keys()).size).toBe([...params.keys()].length);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: parseJobListQuery(jobListSearchParams(q)) is the normalized q, and a second trip changes nothing', () => {
    fc.assert(
      fc.property(anyQuery, (query) => {
        const first = jobListSearchParams(query);
        const parsed = parseJobListQuery(new URLSearchParams(first.toString()));
        expect(parsed).toEqual(normalizeJobListQuery({ ...query }));
        expect(jobListSearchParams(parsed).toString()).toBe(first.toString());
      }),
      { numRuns: 2000 },
    );
  });

  it('property: any page URL parses to a query whose string is stable', () => {
    const entry = fc.tuple(
      fc.oneof(fc.constantFrom(...JOB_LIST_PARAMS, 'page', '_', 'foo'), fc.string()),
      fc.oneof(text, fc.integer().map(String)),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (entries) => {
        const parsed = parseJobListQuery(new URLSearchParams(entries));
        const once = jobListSearchParams(parsed).toString();
        expect(jobListSearchParams(parseJobListQuery(new URLSearchParams(once))).toString()).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});
