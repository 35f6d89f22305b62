/**
 * The timeline's horizontal view: x px = (t − `start`) / `msPerPx`. Pure, like the chart's view, so the wheel,
 * drag, keys and buttons all move it the same way.
 */
export interface TimeView {
  readonly start: number;
  readonly msPerPx: number;
}

/** Finest zoom: 1 px per ms (a 40 ms request is 40 px wide); coarsest: a day across 1000 px. */
export const MIN_MS_PER_PX = 1;
export const MAX_MS_PER_PX = 86_400;

const clamp = (msPerPx: number) => Math.min(MAX_MS_PER_PX, Math.max(MIN_MS_PER_PX, msPerPx));

/** The view showing `start`–`end` across `width` px, with a little room at the right for what comes next. */
export function fitTime(start: number, end: number, width: number): TimeView {
  const span = Math.max(1000, end - start);
  return { start, msPerPx: clamp((span * 1.05) / Math.max(1, width)) };
}

/** Zooms by `factor` (> 1 zooms in) keeping the instant under `x` px where it is. */
export function zoomTimeAt(view: TimeView, factor: number, x: number): TimeView {
  const msPerPx = clamp(view.msPerPx / factor);
  const at = view.start + x * view.msPerPx;
  return { start: at - x * msPerPx, msPerPx };
}

/** Moves the view by `dx` px (positive: the content moves right, so earlier times come into view). */
export function panTime(view: TimeView, dx: number): TimeView {
  return { ...view, start: view.start - dx * view.msPerPx };
}

const STEPS = [
  100, 250, 500, 1000, 2000, 5000, 10_000, 15_000, 30_000, 60_000, 120_000, 300_000, 600_000, 1_800_000,
  3_600_000,
] as const;

/** Axis marks for a view `width` px wide: round instants at least `minGapPx` apart. */
export function axisMarks(
  view: TimeView,
  width: number,
  minGapPx = 90,
): { at: number; x: number; step: number }[] {
  const step: number = STEPS.find((ms) => ms / view.msPerPx >= minGapPx) ?? 3_600_000;
  const first = Math.ceil(view.start / step) * step;
  const marks: { at: number; x: number; step: number }[] = [];
  for (let at = first; at <= view.start + width * view.msPerPx; at += step) {
    marks.push({ at, x: (at - view.start) / view.msPerPx, step });
  }
  return marks;
}
