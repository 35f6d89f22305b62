import { createComputed, createSignal, onCleanup, type Accessor } from 'solid-js';

/** Options of {@link createNow}. */
export interface NowOptions {
  /** Ticks only while this is true (default: always), so a finished job or a hidden tab keeps no timer. */
  active?: Accessor<boolean>;
  /** Default 1 s. */
  intervalMs?: number;
  /** Default `Date.now`, which fake timers control in tests. */
  clock?: () => number;
}

/**
 * A clock signal for "3 min ago" texts and running durations: it ticks every `intervalMs` while `active()`
 * holds, and is read fresh when it becomes active again. It must be created inside a Solid owner; the timer
 * stops when the owner is disposed.
 *
 * @example
 * const now = createNow(); <RelativeTime timestamp={t} now={now()} />
 * const now = createNow({ active: () => job()?.status === 'running' });
 */
export function createNow(options: NowOptions = {}): Accessor<number> {
  const { active = () => true, intervalMs = 1000, clock = Date.now } = options;
  const [now, setNow] = createSignal(clock());
  createComputed(() => {
    if (!active()) return;
    setNow(clock());
    const id = setInterval(() => setNow(clock()), intervalMs);
    onCleanup(() => clearInterval(id));
  });
  return now;
}
