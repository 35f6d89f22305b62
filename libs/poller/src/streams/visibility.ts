import { distinctUntilChanged, Observable } from 'rxjs';
import type { DocumentLike } from '../types.ts';

/**
 * Whether the page is visible: emits the current value on subscribe, then every change (Page Visibility
 * API). The listener is added per subscriber and removed on unsubscribe. Without a document the page counts
 * as always visible.
 *
 * @example
 * visibility$(document).subscribe((visible) => console.log(visible ? 'shown' : 'hidden'));
 */
export function visibility$(doc: DocumentLike | null | undefined): Observable<boolean> {
  return new Observable<boolean>((subscriber) => {
    if (!doc) {
      subscriber.next(true);
      return undefined;
    }
    const emit = (): void => subscriber.next(doc.visibilityState !== 'hidden');
    emit();
    doc.addEventListener('visibilitychange', emit);
    return () => doc.removeEventListener('visibilitychange', emit);
  }).pipe(distinctUntilChanged());
}
