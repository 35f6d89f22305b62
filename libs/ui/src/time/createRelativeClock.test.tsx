import { render } from '@solidjs/testing-library';
import { For, createRoot, createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRelativeClock, type RelativeClock } from './createRelativeClock.ts';
import { RelativeTime } from './RelativeTime.tsx';

const start = Date.UTC(2026, 1, 1, 10, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString();

/** A stand-in IntersectionObserver whose entries the test reports. */
class FakeObserver {
  static all: FakeObserver[] = [];
  readonly targets = new Set<Element>();
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.all.push(this);
  }
  observe(el: Element) {
    this.targets.add(el);
  }
  unobserve(el: Element) {
    this.targets.delete(el);
  }
  disconnect() {
    this.targets.clear();
  }
  report(el: Element, isIntersecting: boolean) {
    const entry = { target: el, isIntersecting } as IntersectionObserverEntry;
    this.callback([entry], this as unknown as IntersectionObserver);
  }
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
  FakeObserver.all = [];
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Renders one RelativeTime per timestamp on one clock; returns the relative texts' elements. */
function table(timestamps: number[]) {
  let clock!: RelativeClock;
  const result = render(() => {
    clock = createRelativeClock();
    return (
      <For each={timestamps}>
        {(at) => <RelativeTime value={iso(at)} clock={clock} showAbsolute={false} />}
      </For>
    );
  });
  const texts = () =>
    Array.from(result.container.querySelectorAll('.vpo-time__relative'), (el) => el.textContent);
  return {
    ...result,
    texts,
    elements: () => Array.from(result.container.querySelectorAll('.vpo-time__relative')),
  };
}

describe('createRelativeClock', () => {
  it('wakes only when a text changes, and rewrites only that text', () => {
    const { container, texts } = table([start - 180_000, start - 30_000, start - 3 * 86_400_000]);
    expect(texts()).toEqual(['3 min ago', '30 s ago', '3 d ago']);
    const observer = new MutationObserver(() => undefined);
    observer.observe(container, { subtree: true, characterData: true, childList: true, attributes: true });
    // One timer for all of them: the next change, 1 s away ("31 s ago").
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(texts()).toEqual(['3 min ago', '31 s ago', '3 d ago']);
    vi.advanceTimersByTime(29_000);
    expect(texts()).toEqual(['3 min ago', '1 min ago', '3 d ago']);
    // Nothing but the 30 texts the one ticking time went through was written.
    const records = observer.takeRecords();
    expect(records).toHaveLength(30);
    expect(new Set(records.map((r) => r.type))).toEqual(new Set(['characterData']));
    vi.advanceTimersByTime(30_000);
    expect(texts()).toEqual(['4 min ago', '1 min ago', '3 d ago']);
  });

  it('sleeps between changes: a minute-old text sets no timer for the seconds in between', () => {
    table([start - 180_000]);
    const firstWake = vi.getTimerCount();
    expect(firstWake).toBe(1);
    vi.advanceTimersByTime(59_000);
    // Still the one timer, armed for the minute; it has not fired.
    expect(vi.getTimerCount()).toBe(1);
  });

  it('updates only the times in view; one that comes back into view is brought up to date at once', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const { texts, elements } = table([start - 30_000, start - 40_000]);
    const [observer] = FakeObserver.all;
    const [inView, outOfView] = elements();
    observer!.report(inView!, true);
    observer!.report(outOfView!, false);
    vi.advanceTimersByTime(5000);
    expect(texts()).toEqual(['35 s ago', '40 s ago']);
    observer!.report(outOfView!, true);
    expect(texts()).toEqual(['35 s ago', '45 s ago']);
  });

  it('releases its timer and observer with its owner, and forgets times that were removed', () => {
    vi.stubGlobal('IntersectionObserver', FakeObserver);
    const [shown, setShown] = createSignal(true);
    const dispose = createRoot((dispose) => {
      const clock = createRelativeClock();
      render(() => (
        <For each={shown() ? [start - 10_000] : []}>
          {(at) => <RelativeTime value={iso(at)} clock={clock} />}
        </For>
      ));
      return dispose;
    });
    const [observer] = FakeObserver.all;
    expect(observer!.targets.size).toBe(1);
    setShown(false);
    expect(observer!.targets.size).toBe(0);
    dispose();
    vi.advanceTimersByTime(60_000);
    expect(vi.getTimerCount()).toBe(0);
  });
});
