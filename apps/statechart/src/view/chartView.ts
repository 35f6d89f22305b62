/**
 * Where the chart sits in its frame: screen px = chart units × `scale` + (`x`, `y`). Pure functions, so the
 * pointer, wheel and keyboard handlers of the chart panel all move the view the same way, and tests need no
 * DOM.
 */
export interface ChartView {
  readonly scale: number;
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Zoom limits, relative to the chart's own units (1 = the font's own size). */
export const MIN_SCALE = 0.02;
export const MAX_SCALE = 4;
/** Room kept free around a fitted chart (px), so its border is never cut by the frame. */
const FIT_MARGIN = 8;

const clamp = (scale: number): number => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/**
 * The view that shows the whole chart, centred, as large as the frame allows (never beyond actual size × 2,
 * so a small chart is not blown up).
 *
 * @example fitView({ width: 1000, height: 500 }, { width: 500, height: 266 }) // scale ≈ 0.48, centred
 */
export function fitView(chart: Size, frame: Size): ChartView {
  const room = {
    width: Math.max(1, frame.width - 2 * FIT_MARGIN),
    height: Math.max(1, frame.height - 2 * FIT_MARGIN),
  };
  const scale = clamp(Math.min(room.width / chart.width, room.height / chart.height, 2));
  return {
    scale,
    x: (frame.width - chart.width * scale) / 2,
    y: (frame.height - chart.height * scale) / 2,
  };
}

/**
 * Zooms by `factor` keeping the chart point under (`px`, `py`) — the pointer, a pinch's midpoint or the frame's
 * centre — where it is on screen.
 */
export function zoomAt(view: ChartView, factor: number, px: number, py: number): ChartView {
  const scale = clamp(view.scale * factor);
  const ratio = scale / view.scale;
  return { scale, x: px - (px - view.x) * ratio, y: py - (py - view.y) * ratio };
}

/** Moves the chart by (`dx`, `dy`) screen px. */
export function panBy(view: ChartView, dx: number, dy: number): ChartView {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

/** The wheel's zoom factor: one notch (100 px of `deltaY`) is ×1.2 or ÷1.2, a trackpad's small deltas less. */
export function wheelFactor(deltaY: number): number {
  return Math.pow(1.2, -deltaY / 100);
}

/** Pans the view the least that brings the box (chart units) inside the frame; unchanged when it is in. */
export function revealBox(
  view: ChartView,
  box: { x: number; y: number; width: number; height: number },
  frame: Size,
): ChartView {
  const left = box.x * view.scale + view.x;
  const top = box.y * view.scale + view.y;
  const right = left + box.width * view.scale;
  const bottom = top + box.height * view.scale;
  const shift = (start: number, end: number, size: number) =>
    end - start > size
      ? size / 2 - (start + end) / 2
      : start < 0
        ? -start + FIT_MARGIN
        : end > size
          ? size - end - FIT_MARGIN
          : 0;
  return panBy(view, shift(left, right, frame.width), shift(top, bottom, frame.height));
}
