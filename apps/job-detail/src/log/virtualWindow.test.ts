import { describe, expect, it } from 'vitest';
import { scrollTopForRow, virtualWindow } from './virtualWindow.ts';

const base = { viewportHeight: 90, rowHeight: 18, overscan: 2 };

describe('virtualWindow', () => {
  it('renders the visible rows plus overscan below at the top', () => {
    expect(virtualWindow({ ...base, scrollTop: 0, count: 100 })).toEqual({
      start: 0,
      end: 7,
      offsetTop: 0,
      totalHeight: 1800,
    });
  });

  it('renders the visible rows plus overscan on both sides in the middle', () => {
    expect(virtualWindow({ ...base, scrollTop: 180, count: 100 })).toEqual({
      start: 8,
      end: 17,
      offsetTop: 144,
      totalHeight: 1800,
    });
  });

  it('covers a partly scrolled row', () => {
    const w = virtualWindow({ ...base, overscan: 0, scrollTop: 27, count: 100 });
    expect(w.start).toBe(1);
    expect(w.end).toBe(7);
    expect(w.offsetTop).toBe(18);
  });

  it('stops at the last row at the bottom', () => {
    const w = virtualWindow({ ...base, scrollTop: 1710, count: 100 });
    expect(w.end).toBe(100);
    expect(w.start).toBe(93);
  });

  it('clamps a scroll position beyond the content (the list just shrank)', () => {
    const w = virtualWindow({ ...base, scrollTop: 99_999, count: 10 });
    expect(w).toEqual({ start: 3, end: 10, offsetTop: 54, totalHeight: 180 });
  });

  it('renders every row of a list shorter than the viewport', () => {
    expect(virtualWindow({ ...base, scrollTop: 0, count: 3 })).toMatchObject({
      start: 0,
      end: 3,
      totalHeight: 54,
    });
  });

  it('renders nothing for an empty list', () => {
    expect(virtualWindow({ ...base, scrollTop: 0, count: 0 })).toEqual({
      start: 0,
      end: 0,
      offsetTop: 0,
      totalHeight: 0,
    });
  });

  describe('taller than the browser allows', () => {
    const huge = { ...base, overscan: 0, count: 1_000_000, maxHeight: 1_000_000 };

    it('caps the scrollable height', () => {
      expect(virtualWindow({ ...huge, scrollTop: 0 }).totalHeight).toBe(1_000_000);
    });

    it('maps the bottom of the scrollbar onto the last rows', () => {
      const w = virtualWindow({ ...huge, scrollTop: 1_000_000 - 90 });
      expect(w.end).toBe(1_000_000);
      expect(w.start).toBe(999_995);
      // The last row's bottom edge meets the viewport's bottom edge.
      expect(w.offsetTop + (w.end - w.start) * 18).toBeCloseTo(1_000_000);
    });

    it('maps the middle of the scrollbar onto the middle rows, drawn inside the viewport', () => {
      const scrollTop = (1_000_000 - 90) / 2;
      const w = virtualWindow({ ...huge, scrollTop });
      expect(w.start).toBeGreaterThan(499_990);
      expect(w.start).toBeLessThan(500_000);
      expect(w.offsetTop).toBeLessThanOrEqual(scrollTop);
      expect(w.offsetTop).toBeGreaterThan(scrollTop - 18);
    });
  });
});

describe('scrollTopForRow', () => {
  it('is row × rowHeight below the cap', () => {
    expect(scrollTopForRow(10, { viewportHeight: 90, rowHeight: 18, count: 100 })).toBe(180);
  });

  it('stops at the bottom', () => {
    expect(scrollTopForRow(99, { viewportHeight: 90, rowHeight: 18, count: 100 })).toBe(1710);
  });

  it('inverts virtualWindow above the cap, so a growing list keeps its rows in view', () => {
    const geometry = { viewportHeight: 90, rowHeight: 18, maxHeight: 1_000_000 };
    for (const [row, count] of [
      [123_456, 1_000_000],
      [123_456, 1_200_000],
      [10, 2_000_000],
    ] as const) {
      const top = scrollTopForRow(row, { ...geometry, count });
      const w = virtualWindow({ ...geometry, count, overscan: 0, scrollTop: top });
      expect(w.start).toBe(row);
    }
  });
});
