import { createRoot, createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDelayedFlag } from './createDelayedFlag.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createDelayedFlag', () => {
  it('stays false for a request that answers within the delay: a fast poll writes no busy state', () => {
    createRoot((dispose) => {
      const [fetching, setFetching] = createSignal(false);
      const busy = createDelayedFlag(fetching, 200);
      setFetching(true);
      vi.advanceTimersByTime(199);
      setFetching(false);
      vi.advanceTimersByTime(1000);
      expect(busy()).toBe(false);
      expect(vi.getTimerCount()).toBe(0);
      dispose();
    });
  });

  it('turns true once the source has held true for the delay, and false at once when it ends', () => {
    createRoot((dispose) => {
      const [fetching, setFetching] = createSignal(false);
      const busy = createDelayedFlag(fetching, 200);
      setFetching(true);
      vi.advanceTimersByTime(200);
      expect(busy()).toBe(true);
      setFetching(false);
      expect(busy()).toBe(false);
      dispose();
    });
  });

  it('does not restart the wait when what it reads changes but the flag does not', () => {
    createRoot((dispose) => {
      const [snapshot, setSnapshot] = createSignal({ isFetching: true, n: 0 });
      const busy = createDelayedFlag(() => snapshot().isFetching, 200);
      vi.advanceTimersByTime(150);
      setSnapshot({ isFetching: true, n: 1 });
      vi.advanceTimersByTime(50);
      expect(busy()).toBe(true);
      dispose();
    });
  });

  it('clears a pending wait with its owner', () => {
    createRoot((dispose) => {
      createDelayedFlag(() => true, 200);
      expect(vi.getTimerCount()).toBe(1);
      dispose();
    });
    expect(vi.getTimerCount()).toBe(0);
  });
});
