import { createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * A clock signal that ticks every `intervalMs` (default 1 s), for "3 min ago" texts. It must be created
 * inside a Solid owner; the timer stops when the owner is disposed. Time comes from `Date.now`, which
 * fake timers control in tests.
 *
 * @example const now = createNow(); <RelativeTime timestamp={t} now={now()} />
 */
export function createNow(intervalMs = 1000, clock: () => number = Date.now): Accessor<number> {
  const [now, setNow] = createSignal(clock());
  const id = setInterval(() => setNow(clock()), intervalMs);
  onCleanup(() => clearInterval(id));
  return now;
}
