import { distinctUntilChanged, Observable } from 'rxjs';
import type { WindowLike } from '../types.ts';

/**
 * Whether the browser reports a network connection: emits `navigator.onLine` on subscribe, then every
 * `online`/`offline` event. Listeners live exactly as long as the subscription. Without a window the
 * connection counts as up.
 *
 * @example
 * online$(window).subscribe((online) => console.log(online ? 'online' : 'offline'));
 */
export function online$(win: WindowLike | null | undefined): Observable<boolean> {
  return new Observable<boolean>((subscriber) => {
    if (!win) {
      subscriber.next(true);
      return undefined;
    }
    const onOnline = (): void => subscriber.next(true);
    const onOffline = (): void => subscriber.next(false);
    subscriber.next(win.navigator.onLine !== false);
    win.addEventListener('online', onOnline);
    win.addEventListener('offline', onOffline);
    return () => {
      win.removeEventListener('online', onOnline);
      win.removeEventListener('offline', onOffline);
    };
  }).pipe(distinctUntilChanged());
}
