/**
 * Code evaluated inside the benchmark page (serialized by playwright): no imports, no closures.
 */

interface FrameProbe {
  /** [frame time, interval since the previous frame] */
  frames: Array<[number, number]>;
  /** [start, duration] of long animation frames */
  longFrames: Array<[number, number]>;
  /** When the log view's line count changed (a batch reached the DOM). */
  updates: number[];
  stop: boolean;
}

/** What a probe saw, with times relative to the page's time origin (ms). */
export interface ProbeResult {
  frames: Array<[number, number]>;
  longFrames: Array<[number, number]>;
  updates: number[];
}

declare global {
  interface Window {
    __frameProbe?: FrameProbe;
  }
}

interface LogModel {
  length: number;
  get(index: number): string | undefined;
}

/** Number of lines the log viewport's model holds (its `data-line-count`). */
export function shownLineCount(): number {
  const log = document.querySelector('[role="log"]');
  return Number(log?.getAttribute('data-line-count') ?? -1);
}

/**
 * Starts recording every animation frame's interval, Chromium's long animation frames (≥ 50 ms), and the
 * moments the log view's line count changes.
 */
export function startFrameProbe(): void {
  const probe: FrameProbe = { frames: [], longFrames: [], updates: [], stop: false };
  window.__frameProbe = probe;
  let last = performance.now();
  const tick = (now: number) => {
    probe.frames.push([now, now - last]);
    last = now;
    if (!probe.stop) requestAnimationFrame(tick);
  };
  requestAnimationFrame((now) => {
    last = now;
    requestAnimationFrame(tick);
  });
  const log = document.querySelector('[role="log"]');
  if (log) {
    new MutationObserver(() => {
      if (!probe.stop) probe.updates.push(performance.now());
    }).observe(log, { attributes: true, attributeFilter: ['data-line-count'] });
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longFrames.push([entry.startTime, entry.duration]);
    }).observe({ type: 'long-animation-frame' });
  } catch {
    // Older engines have no long-animation-frame entries.
  }
}

/** Stops the probe and returns what it saw. */
export function stopFrameProbe(): ProbeResult {
  const probe = window.__frameProbe;
  if (!probe) return { frames: [], longFrames: [], updates: [] };
  probe.stop = true;
  return { frames: probe.frames, longFrames: probe.longFrames, updates: probe.updates };
}

/**
 * Compares every line of the on-screen model with the generator (its source passed in as text) and counts the
 * rendered rows. Returns the first mismatch, if any.
 */
export function checkModel(args: { generator: string; expected: number }): {
  length: number;
  mismatches: number;
  firstMismatch: { index: number; shown: string | undefined; expected: string } | null;
  renderedRows: number;
} {
  const log = document.querySelector('[role="log"]') as (Element & { logLines?: LogModel }) | null;
  const model = log?.logLines;
  // Functions cannot cross into the page, so the generator arrives as source text (our own code).
  const line = new Function(`return (${args.generator})`)() as (index: number) => string;
  let mismatches = 0;
  let firstMismatch: { index: number; shown: string | undefined; expected: string } | null = null;
  const length = model?.length ?? 0;
  for (let i = 0; i < Math.max(length, args.expected); i++) {
    const shown = model?.get(i);
    const expected = line(i);
    if (shown !== expected) {
      mismatches++;
      firstMismatch ??= { index: i, shown, expected };
    }
  }
  return {
    length,
    mismatches,
    firstMismatch,
    renderedRows: document.querySelectorAll('.job-log__row').length,
  };
}

/** Scrolls the log from top to bottom in `steps` frames, one step per animation frame. */
export function sweepScroll(steps: number): Promise<void> {
  const log = document.querySelector('[role="log"]') as HTMLElement;
  const max = log.scrollHeight - log.clientHeight;
  return new Promise((resolve) => {
    let step = 0;
    const next = () => {
      log.scrollTop = (max * step) / steps;
      step++;
      if (step > steps) resolve();
      else requestAnimationFrame(next);
    };
    requestAnimationFrame(next);
  });
}

/** What typing a search showed: how long until "n of m" (or "No matches"), and the longest frame meanwhile. */
export interface SearchProbe {
  text: string;
  ms: number;
  status: string;
  longestFrame: number;
  frames: number;
}

/**
 * Types `text` into the log's search box and waits for its final answer: the time from the input event to the
 * status reading "n of m" / "No matches" (seen by a MutationObserver, so without a frame's delay), and every
 * frame interval meanwhile.
 */
export function searchFor(text: string): Promise<SearchProbe> {
  const input = document.querySelector('input[aria-label="Search the log"]') as HTMLInputElement;
  const status = document.querySelector('[data-testid="log-search-status"]') as HTMLElement;
  const final = /^[\d,]+ of [\d,]+$|^No matches$/;
  return new Promise((resolve) => {
    let last = performance.now();
    let longest = 0;
    let frames = 0;
    let done = false;
    const tick = (now: number) => {
      longest = Math.max(longest, now - last);
      frames++;
      last = now;
      if (!done) requestAnimationFrame(tick);
    };
    const start = performance.now();
    const observer = new MutationObserver(() => {
      const shown = status.textContent ?? '';
      if (!final.test(shown)) return;
      const ms = performance.now() - start;
      done = true;
      observer.disconnect();
      // One more frame, so the frame that draws the answer is counted too.
      requestAnimationFrame((now) => {
        longest = Math.max(longest, now - last);
        resolve({ text, ms, status: shown, longestFrame: longest, frames: frames + 1 });
      });
    });
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Clears the search box (and waits a frame). */
export function clearSearch(): Promise<void> {
  const input = document.querySelector('input[aria-label="Search the log"]') as HTMLInputElement;
  input.value = '';
  input.dispatchEvent(new Event('input', { bubbles: true }));
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** The search status as shown ("n of m"). */
export function searchStatus(): string {
  return document.querySelector('[data-testid="log-search-status"]')?.textContent ?? '';
}
