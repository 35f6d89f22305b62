import { map, skip } from 'rxjs';
import { fromEventObservable } from 'xstate';
import type { PollerEvent } from '../machine/pollerEvents.ts';
import { visibility$ } from '../streams/visibility.ts';
import type { DocumentLike } from '../types.ts';

/**
 * The `watchVisibility` actor: `VISIBILITY.HIDDEN` / `VISIBILITY.VISIBLE` on every change. The state at
 * creation is passed to the machine as input, so only changes are sent.
 */
export function createVisibilityActor(doc: DocumentLike | null) {
  return fromEventObservable<PollerEvent, void>(() =>
    visibility$(doc).pipe(
      skip(1),
      map((visible): PollerEvent => ({ type: visible ? 'VISIBILITY.VISIBLE' : 'VISIBILITY.HIDDEN' })),
    ),
  );
}
