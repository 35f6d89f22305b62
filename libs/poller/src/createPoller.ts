import { BehaviorSubject } from 'rxjs';
import { createActor } from 'xstate';
import { createConnectionActor } from './actors/createConnectionActor.ts';
import { createFetchActor } from './actors/createFetchActor.ts';
import { createNetworkActor } from './actors/createNetworkActor.ts';
import { createVisibilityActor } from './actors/createVisibilityActor.ts';
import { pollerMachine } from './machine/pollerMachine.ts';
import { sameSnapshot, toPollerSnapshot } from './machine/toPollerSnapshot.ts';
import { resolvePollerEnv } from './resolvePollerEnv.ts';
import { schedulerClock } from './streams/schedulerClock.ts';
import type { PauseReason, Poller, PollerOptions } from './types.ts';

/**
 * Starts polling one resource and returns its controls. The first request goes out at once (unless the page
 * is hidden, offline, or polling is disabled); the next one only after the last settled.
 *
 * @example
 * const poller = createPoller({
 *   fetch: ({ signal, etag }) => api.getJob(id, { signal, etag }),
 *   config: { interval: 5000, enabled: true },
 *   isTerminal: (job) => ['completed', 'failed', 'cancelled'].includes(job.status),
 *   name: `job:${id}`,
 * });
 * const sub = poller.snapshot$.subscribe(render);
 * // later, when leaving the page:
 * poller.dispose();
 */
export function createPoller<T>(options: PollerOptions<T>): Poller<T> {
  const env = resolvePollerEnv(options.env);
  const pauseReasons: PauseReason[] = [];
  if (env.document?.visibilityState === 'hidden') pauseReasons.push('hidden');
  if (env.window && env.window.navigator.onLine === false) pauseReasons.push('offline');

  const machine = pollerMachine.provide({
    actors: {
      fetchResource: createFetchActor(options.fetch, {
        isTerminal: options.isTerminal,
        now: env.now,
        random: env.random,
        connection: options.connection,
      }),
      watchVisibility: createVisibilityActor(env.document),
      watchNetwork: createNetworkActor(env.window),
      watchConnection: createConnectionActor(options.connection),
    },
  });
  const actor = createActor(machine, {
    input: {
      config: options.config,
      key: options.key,
      latencyFactor: options.latencyFactor,
      jitter: options.jitter,
      pauseReasons,
    },
    clock: schedulerClock(env.scheduler),
    ...(options.inspect ? { inspect: options.inspect } : {}),
    ...(options.name ? { id: options.name } : {}),
  });

  const snapshots = new BehaviorSubject(toPollerSnapshot<T>(actor.getSnapshot()));
  const subscription = actor.subscribe({
    next: (machineSnapshot) => {
      const next = toPollerSnapshot<T>(machineSnapshot);
      if (!sameSnapshot(snapshots.getValue(), next)) snapshots.next(next);
    },
    // Errors are values in the engine; an actor error would be a bug, and must not escape as an uncaught throw.
    error: () => undefined,
  });
  actor.start();

  let disposed = false;
  const send = (type: 'USER.REFRESH' | 'USER.PAUSE' | 'USER.RESUME'): void => {
    if (!disposed) actor.send({ type });
  };

  return {
    snapshot$: snapshots.asObservable(),
    getSnapshot: () => snapshots.getValue(),
    refresh: () => send('USER.REFRESH'),
    setKey: (key) => {
      if (!disposed && key !== actor.getSnapshot().context.key) actor.send({ type: 'KEY.CHANGE', key });
    },
    pause: () => send('USER.PAUSE'),
    resume: () => send('USER.RESUME'),
    dispose: () => {
      if (disposed) return;
      disposed = true;
      subscription.unsubscribe();
      actor.stop();
      snapshots.complete();
    },
  };
}
