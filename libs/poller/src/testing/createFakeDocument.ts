import type { DocumentLike } from '../types.ts';

/** A `document` stand-in whose visibility a test flips, and which counts its listeners. */
export interface FakeDocument extends DocumentLike {
  visibilityState: 'visible' | 'hidden';
  /** Changes the visibility and dispatches `visibilitychange` synchronously, as browsers do. */
  setVisibility(state: 'visible' | 'hidden'): void;
  /** Listeners currently attached. */
  listenerCount(): number;
}

/**
 * Creates a {@link FakeDocument}.
 *
 * @example
 * const doc = createFakeDocument('visible');
 * const poller = createPoller({ fetch, config, env: { document: doc } });
 * doc.setVisibility('hidden'); // the poller is paused in this same tick
 */
export function createFakeDocument(initial: 'visible' | 'hidden' = 'visible'): FakeDocument {
  const listeners = new Set<() => void>();
  const doc: FakeDocument = {
    visibilityState: initial,
    addEventListener: (_type, listener) => void listeners.add(listener),
    removeEventListener: (_type, listener) => void listeners.delete(listener),
    setVisibility(state) {
      doc.visibilityState = state;
      for (const listener of [...listeners]) listener();
    },
    listenerCount: () => listeners.size,
  };
  return doc;
}
