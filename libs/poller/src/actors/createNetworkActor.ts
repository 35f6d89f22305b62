import { map, skip } from 'rxjs';
import { fromEventObservable } from 'xstate';
import type { PollerEvent } from '../machine/pollerEvents.ts';
import { online$ } from '../streams/online.ts';
import type { WindowLike } from '../types.ts';

/** The `watchNetwork` actor: `NETWORK.OFFLINE` / `NETWORK.ONLINE` on every change. */
export function createNetworkActor(win: WindowLike | null) {
  return fromEventObservable<PollerEvent, void>(() =>
    online$(win).pipe(
      skip(1),
      map((online): PollerEvent => ({ type: online ? 'NETWORK.ONLINE' : 'NETWORK.OFFLINE' })),
    ),
  );
}
