import {
  createPoller as createEnginePoller,
  type Poller,
  type PollerOptions,
  type PollerSnapshot,
  type PollerStateName,
} from '@vpo-live/poller';
import { createSignal, onCleanup, type Accessor } from 'solid-js';

/** A poller seen from Solid: accessors over its snapshot, plus its controls. */
export interface SolidPoller<T> {
  /** The latest snapshot; a new object only when something changed. */
  snapshot: Accessor<PollerSnapshot<T>>;
  /** The machine's top-level state (for the connection indicator). */
  state: Accessor<PollerStateName>;
  /** The latest data (the same object after a 304). */
  data: Accessor<T | undefined>;
  refresh(): void;
  pause(): void;
  resume(): void;
  /** The engine poller, for code that wants the observable. */
  poller: Poller<T>;
}

/**
 * Starts a poller owned by the current Solid owner (component or root) and disposes it when the owner is
 * cleaned up: no request, timer or listener outlives the component. Options are read once.
 *
 * @example
 * function JobStatus(props: { id: string }) {
 *   const job = createPoller({ fetch: (ctx) => api.getJob(props.id, ctx), config: readPollingConfig().config });
 *   return <p data-state={job.state()}>{job.data()?.status}</p>;
 * }
 */
export function createPoller<T>(options: PollerOptions<T>): SolidPoller<T> {
  const poller = createEnginePoller(options);
  const [snapshot, setSnapshot] = createSignal(poller.getSnapshot(), { equals: false });
  // The engine already drops snapshots that did not change, so every emission is news.
  const subscription = poller.snapshot$.subscribe((next) => setSnapshot(() => next));
  onCleanup(() => {
    subscription.unsubscribe();
    poller.dispose();
  });
  return {
    snapshot,
    state: () => snapshot().state,
    data: () => snapshot().data,
    refresh: () => poller.refresh(),
    pause: () => poller.pause(),
    resume: () => poller.resume(),
    poller,
  };
}
