import { describe, expect, it } from 'vitest';
import { parseJobListQuery } from './parseJobListQuery.ts';

const parse = (search: string) => parseJobListQuery(new URLSearchParams(search));

describe('parseJobListQuery', () => {
  it('keeps valid filters, sort and paging', () => {
    expect(
      parse('status=failed&type=move&since=7d&search=%20Show%20&sort=status&order=ASC&limit=20&offset=40'),
    ).toEqual({
      status: 'failed',
      type: 'move',
      since: '7d',
      search: 'Show',
      sort: 'status',
      order: 'asc',
      limit: 20,
      offset: 40,
    });
  });

  it('drops values VPO would reject and ignores unrelated names', () => {
    expect(
      parse('status=RUNNING&type=x&since=1d&sort=nope&order=sideways&limit=abc&offset=-1&utm=1'),
    ).toEqual({});
  });

  it('drops defaults and blank search', () => {
    expect(parse('sort=created_at&order=desc&limit=50&offset=0&search=%20%20')).toEqual({});
  });

  it('reads numbers like Python int() and clamps them', () => {
    expect(parse('limit=1_0&offset=%207')).toEqual({ limit: 10, offset: 7 });
    expect(parse('limit=0')).toEqual({ limit: 1 });
    expect(parse('limit=500')).toEqual({ limit: 100 });
    expect(parse('limit=1e2&offset=0x10')).toEqual({});
  });

  it('accepts a 1-based page in place of offset', () => {
    expect(parse('page=3')).toEqual({ offset: 100 });
    expect(parse('page=3&limit=20')).toEqual({ limit: 20, offset: 40 });
    expect(parse('page=1')).toEqual({});
    expect(parse('page=0')).toEqual({});
    expect(parse('page=2&offset=5')).toEqual({ offset: 5 });
  });

  it('cuts search to 200 code points and trims what is left', () => {
    const long = `${'\u{1F600}'.repeat(199)} tail`;
    expect(parse(`search=${encodeURIComponent(long)}`).search).toBe('\u{1F600}'.repeat(199));
  });
});
