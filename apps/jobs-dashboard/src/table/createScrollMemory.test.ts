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
    document: { activeElement: null as Element | null },
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
    expect(port.history.state).toEqual({ other: 1, vpoJobsScrollY: 1840, vpoJobsFocusedJob: null });
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

  it('gives the focus back to the row whose link opened the job, without scrolling for it', () => {
    const tbody = document.createElement('tbody');
    tbody.innerHTML = ['a1', 'b2"]', 'c3']
      .map((id) => `<tr data-job-id='${id}'><td class="jobs-cell--id"><a href="/jobs/x">${id}</a></td></tr>`)
      .join('');
    document.body.append(tbody);
    const links = Array.from(tbody.querySelectorAll('a'));
    const left = fakePort({});
    createRoot((dispose) => {
      createScrollMemory(left.port);
      left.port.document.activeElement = links[1]!;
      for (const listener of left.listeners) listener();
      dispose();
    });
    expect(left.port.history.state).toMatchObject({ vpoJobsFocusedJob: 'b2"]' });

    const back = fakePort(left.port.history.state);
    createRoot((dispose) => {
      createScrollMemory(back.port).restore(tbody);
      dispose();
    });
    expect(document.activeElement).toBe(links[1]);
    tbody.remove();
  });
});
