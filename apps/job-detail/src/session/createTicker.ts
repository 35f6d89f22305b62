import { createEffect, createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * A clock signal that ticks every `intervalMs` only while `active()` is true, so a finished job or a hidden
 * tab leaves no timer behind. Time comes from `clock` (Date.now by default, which fake timers control).
 * Must be created inside a Solid owner.
 *
 * @example const now = createTicker(() => job()?.status === 'running');
 */
export function createTicker(
  active: Accessor<boolean>,
  intervalMs = 1000,
  clock: () => number = Date.now,
): Accessor<number> {
  const [now, setNow] = createSignal(clock());
  createEffect(() => {
    if (!active()) return;
    setNow(clock());
    const id = setInterval(() => setNow(clock()), intervalMs);
    onCleanup(() => clearInterval(id));
  });
  return now;
}
