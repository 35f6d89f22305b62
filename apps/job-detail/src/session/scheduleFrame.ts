/** Runs a callback before the next frame is drawn. */
export type FrameScheduler = (callback: () => void) => void;

const nextAnimationFrame: FrameScheduler = (callback) => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => callback());
  else queueMicrotask(callback);
};

let scheduler: FrameScheduler = nextAnimationFrame;

/**
 * Schedules `callback` for the next animation frame (a microtask where there are no frames). Rendering log
 * changes here coalesces every page that arrived since the last frame into one render.
 */
export function scheduleFrame(callback: () => void): void {
  scheduler(callback);
}

/** Replaces the frame scheduler (tests: a microtask, so fake timers need no frames); `null` restores it. */
export function setFrameScheduler(next: FrameScheduler | null): void {
  scheduler = next ?? nextAnimationFrame;
}
