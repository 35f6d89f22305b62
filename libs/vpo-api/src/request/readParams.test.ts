import { describe, expect, it } from 'vitest';
import { readJobListParams, sinceCutoff } from './readJobListParams.ts';
import { readJobLogParams, sliceLog } from './readJobLogParams.ts';

const read = (query: string) => readJobListParams(new URLSearchParams(query));

describe('readJobListParams', () => {
  it('defaults', () => {
    expect(read('')).toEqual({
      ok: true,
      params: {
        status: null,
        type: null,
        since: null,
        search: null,
        sort: 'created_at',
        order: 'desc',
        limit: 50,
        offset: 0,
        hasFilters: false,
      },
    });
  });

  it('reads every parameter', () => {
    expect(
      read('status=failed&type=move&since=7d&search=%20x%20&sort=status&order=ASC&limit=5&offset=10'),
    ).toEqual({
      ok: true,
      params: {
        status: 'failed',
        type: 'move',
        since: '7d',
        search: 'x',
        sort: 'status',
        order: 'asc',
        limit: 5,
        offset: 10,
        hasFilters: true,
      },
    });
  });

  it('the first of a repeated value wins', () => {
    expect(read('status=running&status=bogus')).toMatchObject({ ok: true, params: { status: 'running' } });
  });

  it('unknown names first, sorted by code point, in Python list syntax', () => {
    expect(read('status=bogus&b=1&B=2&a=3')).toEqual({
      ok: false,
      error: {
        status: 400,
        body: { error: "Unknown query parameters: ['B', 'a', 'b']", code: 'UNKNOWN_PARAMETERS' },
      },
    });
  });

  it('invalid values with VPO’s texts', () => {
    expect(read('since=1w')).toEqual({
      ok: false,
      error: { status: 400, body: { error: "Invalid since value: '1w'", code: 'INVALID_PARAMETER' } },
    });
  });

  it('sinceCutoff is now minus the window, in VPO’s format', () => {
    expect(sinceCutoff('24h', Date.UTC(2026, 1, 2, 10, 0, 0, 500))).toBe('2026-02-01T10:00:00.500000+00:00');
  });
});

describe('readJobLogParams / sliceLog', () => {
  it('defaults, clamps and Python ints', () => {
    expect(readJobLogParams(new URLSearchParams(''))).toEqual({ lines: 500, offset: 0 });
    expect(readJobLogParams(new URLSearchParams('lines=0&offset=-2'))).toEqual({ lines: 1, offset: 0 });
    expect(readJobLogParams(new URLSearchParams('lines=2_000&offset=x'))).toEqual({ lines: 1000, offset: 0 });
  });

  it('slices from the start with has_more', () => {
    const lines = ['a', 'b', 'c'];
    expect(sliceLog(lines, { lines: 2, offset: 0 })).toEqual({
      lines: ['a', 'b'],
      total_lines: 3,
      has_more: true,
    });
    expect(sliceLog(lines, { lines: 2, offset: 2 })).toEqual({
      lines: ['c'],
      total_lines: 3,
      has_more: false,
    });
    expect(sliceLog(lines, { lines: 2, offset: 9 })).toEqual({ lines: [], total_lines: 3, has_more: false });
  });
});
