import { asyncScheduler, type SchedulerLike } from 'rxjs';
import { defaultChannelFactory, defaultLockManager } from './tabs/browserPorts.ts';
import type { ChannelFactory, LockManagerLike } from './tabs/browserPorts.ts';
import type { DocumentLike, PollerEnv, WindowLike } from './types.ts';

/** {@link PollerEnv} with every default filled in. */
export interface ResolvedPollerEnv {
  document: DocumentLike | null;
  window: WindowLike | null;
  now: () => number;
  scheduler: SchedulerLike;
  random: () => number;
  locks: LockManagerLike | null;
  channel: ChannelFactory | null;
}

/**
 * Fills in the page and time defaults. The globals are read here, when a poller is created, never at import
 * time; `null` means "no page" (e.g. a worker or a test) and counts as visible and online.
 */
export function resolvePollerEnv(env: PollerEnv = {}): ResolvedPollerEnv {
  const globals = globalThis as { document?: DocumentLike; window?: WindowLike };
  const scheduler = env.scheduler ?? asyncScheduler;
  return {
    document: env.document !== undefined ? env.document : (globals.document ?? null),
    window: env.window !== undefined ? env.window : (globals.window ?? null),
    now: env.now ?? (() => scheduler.now()),
    scheduler,
    random: env.random ?? Math.random,
    locks: env.locks !== undefined ? env.locks : defaultLockManager(),
    channel: env.channel !== undefined ? env.channel : defaultChannelFactory(),
  };
}
