import { render, screen } from '@solidjs/testing-library';
import { createRoot, createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createNow } from './createNow.ts';
import { LastUpdated } from './LastUpdated.tsx';
import { RelativeTime } from './RelativeTime.tsx';

const start = Date.UTC(2026, 1, 1, 10, 0, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(start);
});
afterEach(() => vi.useRealTimers());

describe('createNow', () => {
  it('ticks every interval and stops when its owner is disposed', () => {
    createRoot((dispose) => {
      const now = createNow();
      expect(now()).toBe(start);
      vi.advanceTimersByTime(3000);
      expect(now()).toBe(start + 3000);
      dispose();
    });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('keeps no timer while inactive, and reads the clock afresh when it becomes active', () => {
    createRoot((dispose) => {
      const [active, setActive] = createSignal(false);
      const now = createNow({ active, intervalMs: 500 });
      expect(vi.getTimerCount()).toBe(0);
      vi.advanceTimersByTime(10_000);
      expect(now()).toBe(start);
      setActive(true);
      expect(now()).toBe(start + 10_000);
      vi.advanceTimersByTime(500);
      expect(now()).toBe(start + 10_500);
      setActive(false);
      expect(vi.getTimerCount()).toBe(0);
      dispose();
    });
  });
});

describe('RelativeTime', () => {
  it('shows the local time and how long ago, refreshed by the clock', () => {
    const [now, setNow] = createSignal(start + 180_000);
    const { container } = render(() => (
      <RelativeTime
        value="2026-02-01T10:00:00.000000+00:00"
        now={now()}
        format={{ locale: 'en-GB', timeZone: 'UTC' }}
      />
    ));
    const time = container.querySelector('time')!;
    expect(time).toHaveAttribute('datetime', '2026-02-01T10:00:00.000Z');
    expect(time).toHaveTextContent('10:00:00');
    expect(time).toHaveTextContent('3 min ago');
    setNow(start + 7200_000);
    expect(container.querySelector('time')).toBe(time);
    expect(time).toHaveTextContent('2 h ago');
  });

  it('can show the relative part alone', () => {
    const { container } = render(() => (
      <RelativeTime value="2026-02-01T09:58:00Z" now={start} showAbsolute={false} />
    ));
    const time = container.querySelector('time')!;
    expect(time).toHaveAttribute('datetime', '2026-02-01T09:58:00.000Z');
    expect(time.textContent).toBe('2 min ago');
  });

  it('renders again when the timestamp itself changes', () => {
    const [value, setValue] = createSignal<string | null>('2026-02-01T09:58:00Z');
    const { container } = render(() => (
      <RelativeTime value={value()} now={start} format={{ locale: 'en-GB', timeZone: 'UTC' }} />
    ));
    setValue('2026-02-01T09:00:00Z');
    expect(container.querySelector('time')).toHaveAttribute('datetime', '2026-02-01T09:00:00.000Z');
    expect(container.querySelector('time')).toHaveTextContent('09:00:00');
    expect(container.querySelector('time')).toHaveTextContent('1 h ago');
    setValue(null);
    expect(container.querySelector('time')).toBeNull();
    expect(container).toHaveTextContent('—');
  });

  it('shows a dash for a missing or invalid timestamp', () => {
    render(() => <RelativeTime value="not a date" now={start} />);
    expect(screen.getByText('—')).toBeInTheDocument();
  });
});

describe('LastUpdated', () => {
  it('says when the data was last refreshed', () => {
    const [at, setAt] = createSignal<number | null>(null);
    render(() => <LastUpdated at={at()} now={start + 12_000} />);
    expect(screen.getByText('Not updated yet')).toBeInTheDocument();
    setAt(start);
    expect(screen.getByText('Updated 12 s ago')).toBeInTheDocument();
  });

  it('keeps its text in a contained box of its own, rewriting only the text node', () => {
    const [now, setNow] = createSignal(start + 12_000);
    const { container } = render(() => <LastUpdated at={start} now={now()} />);
    const box = container.querySelector('.vpo-updated > .vpo-updated__text')!;
    const text = box.firstChild;
    setNow(start + 13_000);
    expect(box).toHaveTextContent('Updated 13 s ago');
    expect(box.firstChild).toBe(text);
  });
});
