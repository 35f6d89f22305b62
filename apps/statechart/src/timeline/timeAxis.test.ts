import { describe, expect, it } from 'vitest';
import { axisMarks, fitTime, panTime, zoomTimeAt } from './timeAxis.ts';

describe('timeAxis', () => {
  it('fits a span to the width, with room at the right', () => {
    const view = fitTime(10_000, 20_000, 1050);
    expect(view.start).toBe(10_000);
    expect(view.msPerPx).toBeCloseTo(10);
  });

  it('zooms around the pointer and pans by pixels', () => {
    const view = { start: 0, msPerPx: 10 };
    const zoomed = zoomTimeAt(view, 2, 100);
    expect(zoomed.msPerPx).toBe(5);
    expect(zoomed.start + 100 * zoomed.msPerPx).toBe(1000);
    expect(panTime(view, 50).start).toBe(-500);
  });

  it('marks round instants at least the given gap apart', () => {
    const marks = axisMarks({ start: 500, msPerPx: 20 }, 1000);
    expect(marks[0]?.at).toBe(2000);
    expect(marks.map((m) => m.at - (marks[0]?.at ?? 0)).slice(0, 3)).toEqual([0, 2000, 4000]);
  });
});
