import type { WindowLike } from '../types.ts';

/** A `window` stand-in whose connection a test flips, and which counts its listeners. */
export interface FakeWindow extends WindowLike {
  navigator: { onLine: boolean };
  /** Changes `navigator.onLine` and dispatches `online`/`offline` synchronously. */
  setOnline(online: boolean): void;
  /** Listeners currently attached, over both event types. */
  listenerCount(): number;
}

/**
 * Creates a {@link FakeWindow}.
 *
 * @example
 * const win = createFakeWindow(true);
 * win.setOnline(false); // the poller pauses with reason "offline"
 */
export function createFakeWindow(online = true): FakeWindow {
  const listeners = { online: new Set<() => void>(), offline: new Set<() => void>() };
  const win: FakeWindow = {
    navigator: { onLine: online },
    addEventListener: (type, listener) => void listeners[type].add(listener),
    removeEventListener: (type, listener) => void listeners[type].delete(listener),
    setOnline(next) {
      win.navigator.onLine = next;
      for (const listener of [...listeners[next ? 'online' : 'offline']]) listener();
    },
    listenerCount: () => listeners.online.size + listeners.offline.size,
  };
  return win;
}
