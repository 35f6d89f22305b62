import type { Poller, PollerSnapshot } from '@vpo-live/poller';
import { createSignal, onCleanup, type Accessor } from 'solid-js';

/**
 * Binds a poller created elsewhere (e.g. by a session that owns several) to the current Solid owner: returns
 * an accessor of its latest snapshot and unsubscribes when the owner is cleaned up. The poller itself is left
 * running — whoever created it disposes it (unlike `createPoller`, which owns its poller).
 *
 * @example
 * const session = createJobDetailSession({ jobId, api, config });
 * onCleanup(() => session.dispose());
 * const job = fromPoller(session.job);
 * <p data-state={job().state}>{job().data?.status}</p>
 */
export function fromPoller<T>(poller: Poller<T>): Accessor<PollerSnapshot<T>> {
  const [snapshot, setSnapshot] = createSignal(poller.getSnapshot(), { equals: false });
  // The engine already drops snapshots that did not change, so every emission is news.
  const subscription = poller.snapshot$.subscribe((next) => setSnapshot(() => next));
  onCleanup(() => subscription.unsubscribe());
  return snapshot;
}
