import { onCleanup } from 'solid-js';

/** The browser surface the scroll memory reads and writes (`window` by default). */
export interface ScrollMemoryPort {
  history: Pick<History, 'replaceState' | 'state'>;
  readonly scrollY: number;
  scrollTo(x: number, y: number): void;
  addEventListener(type: 'pagehide', listener: () => void): void;
  removeEventListener(type: 'pagehide', listener: () => void): void;
}

export interface ScrollMemory {
  /** Call once the list has rendered its rows: scrolls back to where the list was left, once. */
  restore(): void;
}

const KEY = 'vpoJobsScrollY';

function savedY(state: unknown): number | null {
  if (typeof state !== 'object' || state === null) return null;
  const y = (state as Record<string, unknown>)[KEY];
  return typeof y === 'number' && Number.isFinite(y) && y > 0 ? y : null;
}

/**
 * Brings the list back to where it was left when the operator comes back from a job's page (browser back).
 * The rows arrive by fetch after the page loads, so the browser's own restoration finds a short page and
 * lands at the top; instead the scroll position is kept in the history entry itself when the page is left
 * (`pagehide`), and only a return to that entry finds it — a new visit to /jobs starts at the top. Must be
 * created inside a Solid owner; the listener goes with it.
 */
export function createScrollMemory(port: ScrollMemoryPort = window): ScrollMemory {
  let pending = savedY(port.history.state);
  const onPageHide = () => {
    const state = (port.history.state ?? {}) as Record<string, unknown>;
    port.history.replaceState({ ...state, [KEY]: port.scrollY }, '');
  };
  port.addEventListener('pagehide', onPageHide);
  onCleanup(() => port.removeEventListener('pagehide', onPageHide));
  return {
    restore() {
      if (pending === null) return;
      const y = pending;
      pending = null;
      port.scrollTo(0, y);
    },
  };
}
