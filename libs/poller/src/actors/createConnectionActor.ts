import { EMPTY } from 'rxjs';
import { fromEventObservable } from 'xstate';
import type { ServerConnection } from '../connection/serverConnection.ts';
import type { PollerEvent } from '../machine/pollerEvents.ts';

/** The `watchConnection` actor: the shared connection's signals, as machine events (none without one). */
export function createConnectionActor(connection: ServerConnection | undefined) {
  return fromEventObservable<PollerEvent, void>(() => connection?.signals$ ?? EMPTY);
}
