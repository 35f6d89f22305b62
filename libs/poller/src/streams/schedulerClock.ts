import type { SchedulerLike, Subscription } from 'rxjs';
import type { ActorOptions, AnyActorLogic } from 'xstate';

/** XState's timer port (the `clock` option of `createActor`). */
export type Clock = NonNullable<ActorOptions<AnyActorLogic>['clock']>;

/** Longest delay a browser timer honours (longer ones fire at once). */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * An XState clock backed by an RxJS scheduler, so the machine's delayed transitions run on the same injected
 * time as every other stream: `asyncScheduler` in the browser (controlled by `vi.useFakeTimers()` in tests),
 * a `TestScheduler` or `VirtualTimeScheduler` elsewhere.
 *
 * @example
 * createActor(machine, { clock: schedulerClock(asyncScheduler) });
 */
export function schedulerClock(scheduler: SchedulerLike): Clock {
  return {
    setTimeout: (fn: () => void, timeout: number): Subscription =>
      scheduler.schedule(fn, Math.min(MAX_DELAY, Math.max(0, timeout))),
    clearTimeout: (handle: Subscription | undefined): void => handle?.unsubscribe(),
  };
}
