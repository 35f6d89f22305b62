import type { SnapshotFrom } from 'xstate';
import type { PauseReason, PollerSnapshot, PollerStateName } from '../types.ts';
import type { PollerMachine } from './pollerMachine.ts';

/** The reason shown when several stack: the one the user can least do something about comes first. */
const REASON_PRIORITY: readonly PauseReason[] = ['disabled', 'offline', 'hidden', 'user'];

/** The top-level state of a machine snapshot (`{ connected: 'waiting' }` → `connected`). */
export function topLevelState(value: SnapshotFrom<PollerMachine>['value']): PollerStateName {
  return (typeof value === 'string' ? value : Object.keys(value)[0]) as PollerStateName;
}

/** Projects a machine snapshot onto the public {@link PollerSnapshot}. */
export function toPollerSnapshot<T>(snapshot: SnapshotFrom<PollerMachine>): PollerSnapshot<T> {
  const { context } = snapshot;
  const state = topLevelState(snapshot.value);
  return {
    state,
    key: context.key,
    data: context.data as T | undefined,
    isPlaceholder: context.data !== undefined && context.dataKey !== context.key,
    role: context.role,
    error: context.error,
    lastUpdatedAt: context.lastUpdatedAt,
    nextPollAt: snapshot.hasTag('scheduled') ? context.nextPollAt : null,
    errorCount: context.errorCount,
    isFetching: snapshot.hasTag('fetching'),
    pauseReason:
      state === 'paused' ? (REASON_PRIORITY.find((r) => context.pauseReasons.includes(r)) ?? null) : null,
    terminalReason: state === 'terminal' ? context.terminalReason : null,
  };
}

/** True when two snapshots would render the same; consumers diff the DOM per emission, so equal ones are dropped. */
export function sameSnapshot<T>(a: PollerSnapshot<T>, b: PollerSnapshot<T>): boolean {
  return (
    a.state === b.state &&
    a.key === b.key &&
    a.data === b.data &&
    a.isPlaceholder === b.isPlaceholder &&
    a.role === b.role &&
    a.error === b.error &&
    a.lastUpdatedAt === b.lastUpdatedAt &&
    a.nextPollAt === b.nextPollAt &&
    a.errorCount === b.errorCount &&
    a.isFetching === b.isFetching &&
    a.pauseReason === b.pauseReason &&
    a.terminalReason === b.terminalReason
  );
}
