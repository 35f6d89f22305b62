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
import type { PollerEvent } from './machine/pollerEvents.ts';
import type { TabShare } from './tabs/createTabShare.ts';
import type { PauseReason, Poller, PollerOptions, PollerSnapshot } from './types.ts';

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
  const unshare = options.tabs ? joinTabs(options.tabs, actor, snapshots) : () => undefined;

  return {
    snapshot$: snapshots.asObservable(),
    getSnapshot: () => snapshots.getValue(),
    refresh: () => {
      send('USER.REFRESH');
      options.tabs?.askLeaderToRefresh();
    },
    setKey: (key) => {
      if (!disposed && key !== actor.getSnapshot().context.key) actor.send({ type: 'KEY.CHANGE', key });
    },
    pause: () => send('USER.PAUSE'),
    resume: () => send('USER.RESUME'),
    dispose: () => {
      if (disposed) return;
      disposed = true;
      unshare();
      subscription.unsubscribe();
      actor.stop();
      snapshots.complete();
    },
  };
}

/**
 * Ties a poller to the tabs sharing its resource: it asks to lead only while it polls (not paused, not
 * finished) and for its current key; a role change is an event of its machine (so inspection shows the
 * hand-over); a leader's answer that arrives while this poller has no request waiting is taken at once (the
 * follower steps with the leader); and another tab's Refresh makes this leader fetch.
 */
function joinTabs<T>(
  tabs: TabShare,
  actor: { send(event: PollerEvent): void; getSnapshot(): { hasTag(tag: 'fetching'): boolean } },
  snapshots: BehaviorSubject<PollerSnapshot<T>>,
): () => void {
  const subscriptions = [
    snapshots.subscribe((snapshot) =>
      tabs.update({
        active: snapshot.state !== 'paused' && snapshot.state !== 'terminal',
        key: snapshot.key,
      }),
    ),
    tabs.role$.subscribe((role) => actor.send({ type: 'TABS.ROLE', role })),
    tabs.arrivals$.subscribe(() => {
      if (!actor.getSnapshot().hasTag('fetching')) actor.send({ type: 'USER.REFRESH' });
    }),
    tabs.refreshRequests$.subscribe(() => actor.send({ type: 'USER.REFRESH' })),
  ];
  return () => {
    for (const subscription of subscriptions) subscription.unsubscribe();
    tabs.dispose();
  };
}
