/** Runs a callback before the next frame is drawn. */
export type FrameScheduler = (callback: () => void) => void;

const nextAnimationFrame: FrameScheduler = (callback) => {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => callback());
  else queueMicrotask(callback);
};

/**
 * A new task as soon as possible (a MessageChannel message: no 4 ms timer clamp). The browser draws a frame
 * between two tasks whenever one is due, so work cut into short tasks runs at full speed without holding frames.
 */
const nextTask: FrameScheduler = (callback) => {
  if (typeof MessageChannel !== 'function') return void setTimeout(callback, 0);
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
};

let scheduler: FrameScheduler = nextAnimationFrame;
let taskScheduler: FrameScheduler = nextTask;

/**
 * Schedules `callback` for the next animation frame (a microtask where there are no frames). Rendering log
 * changes here coalesces every page that arrived since the last frame into one render.
 */
export function scheduleFrame(callback: () => void): void {
  scheduler(callback);
}

/** Schedules `callback` as a task of its own, soon: the next slice of a long piece of work (a search). */
export function scheduleTask(callback: () => void): void {
  taskScheduler(callback);
}

/**
 * Replaces the frame and task schedulers (tests: a microtask, so fake timers need neither frames nor
 * messages); `null` restores them.
 */
export function setFrameScheduler(next: FrameScheduler | null): void {
  scheduler = next ?? nextAnimationFrame;
  taskScheduler = next ?? nextTask;
}
