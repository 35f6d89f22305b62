import type { ProbeResult } from './pageProbes.ts';

/** One 60 Hz frame, in ms. */
export const FRAME_BUDGET = 1000 / 60;
/** A 60 Hz frame interval, with the jitter of the timer that measures it. */
export const ONE_FRAME = FRAME_BUDGET + 1;

export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Frame intervals over 1.5 × 16.7 ms: at least one 60 Hz frame was missed. */
  dropped: number;
  /** Long animation frames (≥ 50 ms) Chromium reported. */
  longFrames: number;
  /** For each batch that reached the DOM, the slower of the frame that applied it and the frame after. */
  batchFrames: number[];
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Percentiles of the intervals between animation frames, and the frame that showed each batch. */
export function frameStats(probe: ProbeResult): FrameStats {
  const sorted = probe.frames.map(([, interval]) => interval).sort((a, b) => a - b);
  // A batch is drawn in a frame's animation callbacks (at `at`, inside frame F). The interval ending at F
  // covers the task that received and applied the page; the one ending at F + 1 covers F's style, layout and
  // paint. The slower of the two is the batch's frame.
  const batchFrames = probe.updates.map((at) => {
    const next = probe.frames.findIndex(([time]) => time > at);
    if (next < 0) return Number.POSITIVE_INFINITY;
    return Math.max(probe.frames[next]?.[1] ?? 0, probe.frames[next - 1]?.[1] ?? 0);
  });
  return {
    frames: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? 0,
    dropped: sorted.filter((d) => d > FRAME_BUDGET * 1.5).length,
    longFrames: probe.longFrames.length,
    batchFrames,
  };
}
