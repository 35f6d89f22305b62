import { describe, expect, it } from 'vitest';
import {
  hasFilters,
  patchQuery,
  queryKey,
  readDashboardQuery,
  sortOf,
  writeDashboardQuery,
} from './dashboardQuery.ts';

describe('readDashboardQuery', () => {
  it("reads VPO's parameter names from the page URL", () => {
    expect(
      readDashboardQuery(
        '?status=failed&type=scan&since=7d&search=%20movies%20&sort=status&order=asc&offset=50',
      ),
    ).toEqual({
      status: 'failed',
      type: 'scan',
      since: '7d',
      search: 'movies',
      sort: 'status',
      order: 'asc',
      offset: 50,
    });
  });

  it('drops values the API would reject instead of breaking the page', () => {
    expect(readDashboardQuery('?status=exploded&type=<b>&since=1y&sort=nope&offset=-5&limit=abc')).toEqual(
      {},
    );
    expect(readDashboardQuery('?limit=500')).toEqual({ limit: 100 });
  });
});

describe('writeDashboardQuery', () => {
  it('keeps the host page’s own parameters and leaves defaults out', () => {
    const params = writeDashboardQuery(new URLSearchParams('debug=poller&status=queued&page=3'), {
      status: 'running',
      offset: 100,
    });
    expect(params.get('debug')).toBe('poller');
    expect(params.get('status')).toBe('running');
    expect(params.get('offset')).toBe('100');
    expect(params.has('page')).toBe(false);
    expect(params.has('sort')).toBe(false);
  });

  it('round-trips through the URL', () => {
    const query = { type: 'transcode', search: 'a&b=c', sort: 'duration', order: 'asc', offset: 50 } as const;
    expect(readDashboardQuery(`?${writeDashboardQuery(new URLSearchParams(), query)}`)).toEqual(query);
  });
});

describe('query helpers', () => {
  it('patches, clearing fields set to undefined, and normalizes', () => {
    const query = patchQuery({ status: 'failed', offset: 50 }, { status: undefined, search: '  x  ' });
    expect(query).toEqual({ search: 'x', offset: 50 });
    expect(patchQuery({}, { sort: 'created_at', order: 'desc' })).toEqual({});
  });

  it('knows when filters are active and fills in the default sort', () => {
    expect(hasFilters({ sort: 'status', offset: 50 })).toBe(false);
    expect(hasFilters({ search: 'x' })).toBe(true);
    expect(sortOf({})).toEqual({ sort: 'created_at', order: 'desc' });
  });

  it('gives equal views equal keys', () => {
    expect(queryKey({ status: 'failed', type: 'scan' })).toBe(
      queryKey(readDashboardQuery('?type=scan&status=failed')),
    );
    expect(queryKey({ status: 'failed' })).not.toBe(queryKey({ status: 'running' }));
  });
});
