import { onCleanup } from 'solid-js';

/** The browser surface the scroll memory reads and writes (`window` by default). */
export interface ScrollMemoryPort {
  history: Pick<History, 'replaceState' | 'state'>;
  readonly scrollY: number;
  readonly document: { readonly activeElement: Element | null };
  scrollTo(x: number, y: number): void;
  addEventListener(type: 'pagehide', listener: () => void): void;
  removeEventListener(type: 'pagehide', listener: () => void): void;
}

export interface ScrollMemory {
  /**
   * Call once the list has rendered its rows (in `tbody`): scrolls back to where the list was left, and gives
   * the focus back to the row it was on, once.
   */
  restore(tbody?: HTMLElement): void;
}

const KEY = 'vpoJobsScrollY';
const FOCUS_KEY = 'vpoJobsFocusedJob';

function savedY(state: unknown): number | null {
  if (typeof state !== 'object' || state === null) return null;
  const y = (state as Record<string, unknown>)[KEY];
  return typeof y === 'number' && Number.isFinite(y) && y > 0 ? y : null;
}

function savedFocus(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const id = (state as Record<string, unknown>)[FOCUS_KEY];
  return typeof id === 'string' && id !== '' ? id : null;
}

/**
 * Brings the list back to where it was left when the operator comes back from a job's page (browser back).
 * The rows arrive by fetch after the page loads, so the browser's own restoration finds a short page and
 * lands at the top; instead the scroll position — and the job whose row held the focus — is kept in the history
 * entry itself when the page is left (`pagehide`), and only a return to that entry finds it — a new visit to
 * /jobs starts at the top. Must be
 * created inside a Solid owner; the listener goes with it.
 */
export function createScrollMemory(port: ScrollMemoryPort = window): ScrollMemory {
  let pending = savedY(port.history.state);
  let pendingFocus = savedFocus(port.history.state);
  const onPageHide = () => {
    const state = (port.history.state ?? {}) as Record<string, unknown>;
    // The row whose link opened the job (Enter on a row reached with j/k, or Tab): focus goes back to it.
    const row = port.document.activeElement?.closest<HTMLElement>('tr[data-job-id]');
    port.history.replaceState({ ...state, [KEY]: port.scrollY, [FOCUS_KEY]: row?.dataset.jobId ?? null }, '');
  };
  port.addEventListener('pagehide', onPageHide);
  onCleanup(() => port.removeEventListener('pagehide', onPageHide));
  return {
    restore(tbody) {
      const [y, id] = [pending, pendingFocus];
      pending = null;
      pendingFocus = null;
      if (y !== null) port.scrollTo(0, y);
      if (id === null || !tbody) return;
      const row = Array.from(tbody.querySelectorAll<HTMLElement>('tr[data-job-id]')).find(
        (each) => each.dataset.jobId === id,
      );
      row?.querySelector<HTMLElement>('.jobs-cell--id a')?.focus({ preventScroll: true });
    },
  };
}
