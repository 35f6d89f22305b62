import { createRoot } from 'solid-js';
import { describe, expect, it, vi } from 'vitest';
import { createScrollMemory, type ScrollMemoryPort } from './createScrollMemory.ts';

function fakePort(state: unknown = null) {
  const listeners = new Set<() => void>();
  const port = {
    history: {
      state,
      replaceState(next: unknown) {
        port.history.state = next;
      },
    },
    scrollY: 0,
    scrollTo: vi.fn(),
    addEventListener: (_: 'pagehide', listener: () => void) => listeners.add(listener),
    removeEventListener: (_: 'pagehide', listener: () => void) => listeners.delete(listener),
  };
  return { port: port as unknown as ScrollMemoryPort & typeof port, listeners };
}

describe('createScrollMemory', () => {
  it('keeps the scroll position in the history entry when the page is left', () => {
    const { port, listeners } = fakePort({ other: 1 });
    const dispose = createRoot((dispose) => {
      createScrollMemory(port);
      return dispose;
    });
    port.scrollY = 1840;
    for (const listener of listeners) listener();
    expect(port.history.state).toEqual({ other: 1, vpoJobsScrollY: 1840 });
    dispose();
    expect(listeners.size).toBe(0);
  });

  it('scrolls back once when the entry is returned to', () => {
    const { port } = fakePort({ vpoJobsScrollY: 1840 });
    createRoot((dispose) => {
      const memory = createScrollMemory(port);
      memory.restore();
      memory.restore();
      dispose();
    });
    expect(port.scrollTo).toHaveBeenCalledTimes(1);
    expect(port.scrollTo).toHaveBeenCalledWith(0, 1840);
  });

  it('leaves a new visit, or a state it did not write, at the top', () => {
    for (const state of [null, {}, { vpoJobsScrollY: 'x' }, { vpoJobsScrollY: -5 }, 'text']) {
      const { port } = fakePort(state);
      createRoot((dispose) => {
        createScrollMemory(port).restore();
        dispose();
      });
      expect(port.scrollTo).not.toHaveBeenCalled();
    }
  });
});
