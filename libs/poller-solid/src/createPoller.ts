import { createPoller as createEnginePoller, type Poller, type PollerOptions } from '@vpo-live/poller';
import { onCleanup } from 'solid-js';
import { fromPoller, type PollerView, type PollerViewOptions } from './fromPoller.ts';

/** A poller owned by a Solid owner: its view, plus its controls. */
export interface SolidPoller<T> extends PollerView<T> {
  refresh(): void;
  /** Polls another resource (see the engine's `setKey`): the data stays as a placeholder until it answers. */
  setKey(key: string): void;
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
 *   const job = createPoller({ fetch: (ctx) => api.getJob(props.id, ctx), config });
 *   return <p data-state={job.snapshot().state}>{job.data()?.status}</p>;
 * }
 */
export function createPoller<T>(options: PollerOptions<T>, view: PollerViewOptions = {}): SolidPoller<T> {
  const poller = createEnginePoller(options);
  onCleanup(() => poller.dispose());
  return {
    ...fromPoller(poller, view),
    refresh: () => poller.refresh(),
    setKey: (key) => poller.setKey(key),
    pause: () => poller.pause(),
    resume: () => poller.resume(),
    poller,
  };
}
