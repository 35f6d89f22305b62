import { describe, expect, it } from 'vitest';
import { fitView, MAX_SCALE, panBy, revealBox, wheelFactor, zoomAt } from './chartView.ts';

describe('chartView', () => {
  it('fits a wide chart by its width and centres it vertically', () => {
    const view = fitView({ width: 1000, height: 200 }, { width: 516, height: 416 });
    expect(view.scale).toBeCloseTo(0.5);
    expect(view.x).toBeCloseTo(8);
    expect(view.y).toBeCloseTo((416 - 100) / 2);
  });

  it('does not blow a small chart up past twice its size', () => {
    expect(fitView({ width: 10, height: 10 }, { width: 1000, height: 1000 }).scale).toBe(2);
  });

  it('keeps the point under the pointer in place while zooming', () => {
    const view = { scale: 0.5, x: 20, y: 10 };
    const next = zoomAt(view, 2, 220, 110);
    // chart point under (220, 110) before: ((220-20)/0.5, (110-10)/0.5) = (400, 200)
    expect(400 * next.scale + next.x).toBeCloseTo(220);
    expect(200 * next.scale + next.y).toBeCloseTo(110);
    expect(next.scale).toBe(1);
  });

  it('stops zooming at the limits', () => {
    expect(zoomAt({ scale: 3, x: 0, y: 0 }, 10, 0, 0).scale).toBe(MAX_SCALE);
  });

  it('pans by screen pixels and zooms one wheel notch by 1.2', () => {
    expect(panBy({ scale: 2, x: 1, y: 2 }, 10, -5)).toEqual({ scale: 2, x: 11, y: -3 });
    expect(wheelFactor(-100)).toBeCloseTo(1.2);
    expect(wheelFactor(100)).toBeCloseTo(1 / 1.2);
  });

  it('reveals a box outside the frame and leaves one inside alone', () => {
    const view = { scale: 1, x: 0, y: 0 };
    const frame = { width: 100, height: 100 };
    expect(revealBox(view, { x: 10, y: 10, width: 20, height: 20 }, frame)).toEqual(view);
    const moved = revealBox(view, { x: 150, y: 10, width: 20, height: 20 }, frame);
    expect(170 + moved.x).toBeLessThanOrEqual(100);
    expect(150 + moved.x).toBeGreaterThanOrEqual(0);
  });
});
