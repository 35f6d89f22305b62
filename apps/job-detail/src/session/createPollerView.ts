import type { Poller, PollerSnapshot } from '@vpo-live/poller';
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';

/** A poller seen from Solid: its snapshot, and its data as a store whose unchanged fields never notify. */
export interface PollerView<T> {
  snapshot: Accessor<PollerSnapshot<T>>;
  data: Accessor<T | undefined>;
}

/**
 * Subscribes to a poller for the lifetime of the current Solid owner. The data is reconciled into a store,
 * so a poll that changes one field re-renders that field only, and a poll that changes nothing renders
 * nothing.
 *
 * @example const job = createPollerView(session.job); <p>{job.data()?.status}</p>
 */
export function createPollerView<T extends object>(poller: Poller<T>): PollerView<T> {
  // reconcile() updates the objects a store wraps in place, and the engine's snapshots are shared with other
  // subscribers, so the store gets its own copy of each new data object (not of a 304's unchanged one).
  let source: T | undefined;
  const own = (data: T | undefined): T | undefined => {
    source = data;
    return data === undefined ? undefined : structuredClone(data);
  };
  const [snapshot, setSnapshot] = createSignal(poller.getSnapshot());
  const [store, setStore] = createStore<{ value: T | undefined }>({ value: own(poller.getSnapshot().data) });
  const subscription = poller.snapshot$.subscribe((next) => {
    setSnapshot(() => next);
    if (next.data !== undefined && next.data !== source) setStore('value', reconcile(own(next.data)));
  });
  onCleanup(() => subscription.unsubscribe());
  return { snapshot, data: () => store.value };
}
