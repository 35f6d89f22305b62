import { describe, expect, it } from 'vitest';
import { choosePagePlan, DEFAULT_PAGE_PLAN_LIMITS, pageWindow } from './jobPagePlan.ts';

describe('pageWindow', () => {
  it('reads the first half from the start', () => {
    expect(pageWindow(1000, 0, 50)).toEqual({ backward: false, offset: 0, limit: 50 });
    expect(pageWindow(1000, 475, 50)).toEqual({ backward: false, offset: 475, limit: 50 });
  });

  it('reads past the middle from the end, cut to the rows that exist', () => {
    expect(pageWindow(1000, 476, 50)).toEqual({ backward: true, offset: 474, limit: 50 });
    expect(pageWindow(1000, 950, 50)).toEqual({ backward: true, offset: 0, limit: 50 });
    expect(pageWindow(1000, 990, 50)).toEqual({ backward: true, offset: 0, limit: 10 });
  });

  it('is empty at or past the total', () => {
    expect(pageWindow(1000, 1000, 50)).toBeNull();
    expect(pageWindow(0, 0, 50)).toBeNull();
  });
});

describe('choosePagePlan', () => {
  const window = { backward: false, offset: 0, limit: 50 };
  const limits = DEFAULT_PAGE_PLAN_LIMITS;

  it('drives from the search index when it matches few jobs', () => {
    expect(choosePagePlan({ window, total: 3, matches: 3, rows: 1e6 }, limits)).toBe('drive');
    expect(choosePagePlan({ window, total: 3, matches: limits.driveMax, rows: 1e6 }, limits)).toBe('drive');
  });

  it('walks when matches are dense enough to fill the page within a quarter of the budget', () => {
    expect(choosePagePlan({ window, total: 100_000, matches: 100_000, rows: 1e6 }, limits)).toBe('walk');
    // 1–2 characters: the index cannot count the matches, the total alone decides.
    expect(choosePagePlan({ window, total: 900_000, matches: null, rows: 1e6 }, limits)).toBe('walk');
  });

  it('probes when a walk would read too far: sparse matches, or a deep page', () => {
    expect(choosePagePlan({ window, total: 5000, matches: 50_000, rows: 1e6 }, limits)).toBe('probe');
    const deep = { backward: false, offset: 20_000, limit: 50 };
    expect(choosePagePlan({ window: deep, total: 100_000, matches: 100_000, rows: 1e6 }, limits)).toBe(
      'probe',
    );
    expect(choosePagePlan({ window, total: 12, matches: null, rows: 1e6 }, limits)).toBe('probe');
  });
});
