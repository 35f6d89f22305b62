import type { Poller, PollerSnapshot } from '@vpo-live/poller';
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';

/** A poller seen from Solid: its snapshot, and its data. */
export interface PollerView<T> {
  /** The latest snapshot; a new object only when something changed. */
  snapshot: Accessor<PollerSnapshot<T>>;
  /** The latest data: the engine's object, or with `reconcile` a store whose unchanged fields never notify. */
  data: Accessor<T | undefined>;
}

/** Options of {@link fromPoller}. */
export interface PollerViewOptions {
  /**
   * Reconcile each new data object into a store, so a poll that changes one field re-renders that field only
   * and a poll that changes nothing renders nothing (a job's detail). Default false: `data()` is the
   * engine's object, for code that diffs it itself (the dashboard's keyed rows).
   */
  reconcile?: boolean;
}

/**
 * Binds a poller to the current Solid owner: accessors of its snapshot and data, unsubscribed when the owner
 * is cleaned up. The poller itself keeps running — whoever created it disposes it (`createPoller` below does
 * both).
 *
 * @example
 * const session = createJobDetailSession({ jobId, api, config });
 * onCleanup(() => session.dispose());
 * const job = fromPoller(session.job, { reconcile: true });
 * <p data-state={job.snapshot().state}>{job.data()?.status}</p>
 */
export function fromPoller<T>(poller: Poller<T>, options: PollerViewOptions = {}): PollerView<T> {
  const [snapshot, setSnapshot] = createSignal(poller.getSnapshot(), { equals: false });
  const data = options.reconcile ? reconciledData(poller) : () => snapshot().data;
  // The engine already drops snapshots that did not change, so every emission is news.
  const subscription = poller.snapshot$.subscribe((next) => setSnapshot(() => next));
  onCleanup(() => subscription.unsubscribe());
  return { snapshot, data };
}

/**
 * The poller's data as a store. reconcile() updates the objects a store wraps in place, and the engine's
 * snapshots are shared with other subscribers, so the store gets its own copy of each new data object (not
 * of a 304's unchanged one).
 */
function reconciledData<T>(poller: Poller<T>): Accessor<T | undefined> {
  let source: T | undefined;
  const own = (data: T | undefined): T | undefined => {
    source = data;
    return data === undefined ? undefined : structuredClone(data);
  };
  const [store, setStore] = createStore<{ value: T | undefined }>({ value: own(poller.getSnapshot().data) });
  const subscription = poller.snapshot$.subscribe((next) => {
    if (next.data !== undefined && next.data !== source) setStore('value', reconcile(own(next.data)));
  });
  onCleanup(() => subscription.unsubscribe());
  return () => store.value;
}
