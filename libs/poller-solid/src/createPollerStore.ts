import {
  createPoller as createEnginePoller,
  type Poller,
  type PollerOptions,
  type PollerSnapshot,
} from '@vpo-live/poller';
import { onCleanup } from 'solid-js';
import { createStore, reconcile, type Store } from 'solid-js/store';

/** Options of {@link createPollerStore} beyond the poller's own. */
export interface PollerStoreOptions {
  /**
   * The property that identifies items in arrays (default `id`, as VPO's jobs have). Matched items keep
   * their store identity across polls, so a keyed `<For>` keeps their rows and only changed cells update.
   */
  key?: string;
}

/** A poller whose snapshot lives in a Solid store, with its controls. */
export interface PollerStore<T> {
  /** The snapshot as a store: read `store.data.jobs[0].status` and only that cell tracks it. */
  store: Store<PollerSnapshot<T>>;
  refresh(): void;
  pause(): void;
  resume(): void;
  poller: Poller<T>;
}

/**
 * Like `createPoller`, but each snapshot is reconciled into a store keyed by `id`: a poll that changes one
 * job's status notifies only what reads that status. Disposed with its owner.
 *
 * @example
 * const { store } = createPollerStore({ fetch: (ctx) => api.listJobs(query, ctx), config });
 * <For each={store.data?.jobs}>{(job) => <tr data-job-id={job.id}><td>{job.status}</td></tr>}</For>
 */
export function createPollerStore<T extends object>(
  options: PollerOptions<T>,
  storeOptions: PollerStoreOptions = {},
): PollerStore<T> {
  const key = storeOptions.key ?? 'id';
  const poller = createEnginePoller(options);
  const toStoreValue = privateCopies<T>();
  const [store, setStore] = createStore<PollerSnapshot<T>>(toStoreValue(poller.getSnapshot()));
  const subscription = poller.snapshot$.subscribe((next) => setStore(reconcile(toStoreValue(next), { key })));
  onCleanup(() => {
    subscription.unsubscribe();
    poller.dispose();
  });
  return {
    store,
    refresh: () => poller.refresh(),
    pause: () => poller.pause(),
    resume: () => poller.resume(),
    poller,
  };
}

/**
 * Copies what the store will hold. A store writes through to the objects it wraps (reconcile updates the
 * previous objects in place), and the engine's snapshots are shared with every other subscriber, so the store
 * gets its own copies. Data is copied only when the engine hands out a new object, not on a 304.
 */
function privateCopies<T>(): (snapshot: PollerSnapshot<T>) => PollerSnapshot<T> {
  let source: T | undefined;
  let copy: T | undefined;
  return (snapshot) => {
    if (snapshot.data !== source) {
      source = snapshot.data;
      copy = source === undefined ? undefined : structuredClone(source);
    }
    return { ...snapshot, error: snapshot.error && { ...snapshot.error }, data: copy };
  };
}
