import { Observable, Subscription } from 'rxjs';
import { fromEventObservable } from 'xstate';
import type { FetchActorInput, FetchStateSnapshot } from '../machine/pollerMachine.ts';
import type { FetchEvent, FetchTiming, PollerEvent } from '../machine/pollerEvents.ts';
import { fromAbortableFetch, type Abortable } from '../streams/fromAbortableFetch.ts';
import type { FetchContext, FetchOutcome, Fetcher } from '../types.ts';
import { networkFailureEvent, toFetchEvent } from './toFetchEvent.ts';

/** What the fetch actor needs besides the fetcher. */
export interface FetchActorOptions<T> {
  isTerminal?: (data: T) => boolean;
  now: () => number;
  random: () => number;
}

/**
 * The `fetchResource` actor, invoked once for the poller's lifetime. It watches the poller's snapshots and
 * keeps exactly one request in flight while the poller is in a state tagged `fetching` — a new one for each
 * fetching period or refresh (`requestSeq`), none otherwise. Leaving the state unsubscribes the request
 * (`fromAbortableFetch`), which aborts it in the same tick; the outcome goes back to the poller as one
 * `FETCH.*` event with its timing.
 *
 * This is a `switchMap` from "which request should run" to the request, written out by hand: it runs twice
 * per poll cycle, and operator chains were a measurable share of the engine's cost (bench/poller).
 */
export function createFetchActor<T>(fetcher: Fetcher<T>, options: FetchActorOptions<T>) {
  return fromEventObservable<PollerEvent, FetchActorInput>(
    ({ input: { poller } }) =>
      new Observable<FetchEvent>((subscriber) => {
        let runningSeq: number | null = null;
        let request: Subscription | null = null;

        const emit = (event: FetchEvent): void => subscriber.next(event);
        const start = (etag: string | null): void => {
          const request$ = fromAbortableFetch((abortable) => fetcher(fetchContext(abortable, etag)));
          // Assigned before subscribing: a fetcher that fails synchronously re-enters `follow` from inside
          // `subscribe`, and must find this request as the current one.
          const current = (request = new Subscription());
          current.add(request$.subscribe(new OutcomeObserver(emit, options)));
        };

        const follow = (snapshot: FetchStateSnapshot): void => {
          const seq = snapshot.hasTag('fetching') ? snapshot.context.requestSeq : null;
          if (seq === runningSeq) return;
          runningSeq = seq;
          request?.unsubscribe();
          request = null;
          if (seq !== null) start(snapshot.context.etag);
        };

        follow(poller.getSnapshot());
        const watching = poller.subscribe({ next: follow });
        return () => {
          watching.unsubscribe();
          request?.unsubscribe();
        };
      }),
  );
}

/** Turns one request's outcome (or rejection) into its `FETCH.*` event, timed from its start. */
class OutcomeObserver<T> {
  private readonly startedAt: number;

  constructor(
    private readonly emit: (event: FetchEvent) => void,
    private readonly options: FetchActorOptions<T>,
  ) {
    this.startedAt = options.now();
  }

  next(outcome: FetchOutcome<T>): void {
    this.emit(toFetchEvent(outcome, this.timing(), this.options.isTerminal));
  }

  error(error: unknown): void {
    this.emit(networkFailureEvent(error, this.timing()));
  }

  private timing(): FetchTiming {
    const at = this.options.now();
    return { at, latencyMs: Math.max(0, at - this.startedAt), jitter: this.options.random() };
  }
}

/** The fetcher's context; reading `signal` is what creates the request's AbortController. */
function fetchContext(abortable: Abortable, etag: string | null): FetchContext {
  return {
    etag,
    get signal() {
      return abortable.signal;
    },
  };
}
