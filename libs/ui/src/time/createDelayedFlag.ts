import { createComputed, createMemo, createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * `source`, but turning true only once it has held true for `delayMs` (it turns false at once). For a
 * "request in flight" indicator (FR-015): a poll that answers within the delay — nearly every one — changes
 * nothing on the page (no attribute, no class, no style recalculation), and only a slow one shows the spinner.
 * Must be created inside a Solid owner; a pending timer is cleared with it.
 *
 * @example const busy = createDelayedFlag(() => snapshot().isFetching); <RefreshButton busy={busy()} />
 */
export function createDelayedFlag(source: Accessor<boolean>, delayMs = 200): Accessor<boolean> {
  const [flag, setFlag] = createSignal(false);
  // Only a change of the boolean restarts the wait, not every update of what it is read from.
  const on = createMemo(source);
  createComputed(() => {
    if (!on()) return setFlag(false);
    const timer = setTimeout(() => setFlag(true), delayMs);
    onCleanup(() => clearTimeout(timer));
  });
  return flag;
}
