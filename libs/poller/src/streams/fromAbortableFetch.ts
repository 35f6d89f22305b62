import { Observable } from 'rxjs';

/** Gives a request its abort signal. The `AbortController` behind it is only created if the signal is read. */
export interface Abortable {
  readonly signal: AbortSignal;
}

/**
 * Runs `request` once per subscription, and aborts it when the subscriber leaves before the promise settles
 * (pause, dispose, superseded). A synchronous throw or a rejection becomes the observable's error.
 *
 * The controller is created lazily, so requests that never read `signal` pay nothing for it; a signal first
 * read after the subscriber left comes back already aborted.
 *
 * @example
 * const sub = fromAbortableFetch(({ signal }) => fetch('/api/jobs', { signal })).subscribe(render);
 * sub.unsubscribe(); // the request is aborted
 */
export function fromAbortableFetch<R>(request: (abortable: Abortable) => PromiseLike<R>): Observable<R> {
  return new Observable<R>((subscriber) => {
    let controller: AbortController | undefined;
    let settled = false;
    let left = false;
    const abortable: Abortable = {
      get signal() {
        if (!controller) {
          controller = new AbortController();
          if (left) controller.abort();
        }
        return controller.signal;
      },
    };
    try {
      request(abortable).then(
        (value) => {
          settled = true;
          subscriber.next(value);
          subscriber.complete();
        },
        (error: unknown) => {
          settled = true;
          subscriber.error(error);
        },
      );
    } catch (error) {
      settled = true;
      subscriber.error(error);
    }
    return () => {
      left = true;
      if (!settled) controller?.abort();
    };
  });
}
