import { Observable, Subscription } from 'rxjs';
import { fromEventObservable } from 'xstate';
import type { ServerConnection, ServerReport } from '../connection/serverConnection.ts';
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
  /** Told how every request went (see `PollerOptions.connection`). */
  connection?: ServerConnection;
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
        const start = (snapshot: FetchStateSnapshot): void => {
          const { etag, key } = snapshot.context;
          const request$ = fromAbortableFetch((abortable) => fetcher(fetchContext(abortable, etag, key)));
          // Assigned before subscribing: a fetcher that fails synchronously re-enters `follow` from inside
          // `subscribe`, and must find this request as the current one.
          const current = (request = new Subscription());
          current.add(request$.subscribe(new OutcomeObserver(emit, options, poller, key)));
        };

        const follow = (snapshot: FetchStateSnapshot): void => {
          const seq = snapshot.hasTag('fetching') ? snapshot.context.requestSeq : null;
          if (seq === runningSeq) return;
          runningSeq = seq;
          request?.unsubscribe();
          request = null;
          if (seq !== null) start(snapshot);
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

/**
 * Turns one request's outcome (or rejection) into its `FETCH.*` event, timed from its start — unless the
 * poller has moved to another key meanwhile: an answer about the old resource is never applied.
 */
class OutcomeObserver<T> {
  private readonly startedAt: number;

  constructor(
    private readonly emit: (event: FetchEvent) => void,
    private readonly options: FetchActorOptions<T>,
    private readonly poller: FetchActorInput['poller'],
    private readonly key: string,
  ) {
    this.startedAt = options.now();
  }

  next(outcome: FetchOutcome<T>): void {
    const { context } = this.poller.getSnapshot();
    if (context.key !== this.key) return;
    const kept = context.dataKey === this.key ? (context.data as T | undefined) : undefined;
    this.settle(toFetchEvent(outcome, this.timing(), this.key, kept, this.options.isTerminal));
  }

  error(error: unknown): void {
    if (this.poller.getSnapshot().context.key !== this.key) return;
    this.settle(networkFailureEvent(error, this.timing()));
  }

  /** The poller learns first, then the page's other pollers of the server. */
  private settle(event: FetchEvent): void {
    this.emit(event);
    this.options.connection?.report(reportOf(event));
  }

  private timing(): FetchTiming {
    const at = this.options.now();
    return { at, latencyMs: Math.max(0, at - this.startedAt), jitter: this.options.random() };
  }
}

/** What a request's outcome says about the server. */
function reportOf(event: FetchEvent): ServerReport {
  switch (event.type) {
    case 'FETCH.FAILURE':
      return { kind: 'failed', at: event.at };
    case 'FETCH.RATE_LIMITED':
      return { kind: 'rate-limited', at: event.at, until: event.at + Math.max(0, event.retryAfterMs) };
    default:
      return { kind: 'answered', at: event.at };
  }
}

/** The fetcher's context; reading `signal` is what creates the request's AbortController. */
function fetchContext(abortable: Abortable, etag: string | null, key: string): FetchContext {
  return {
    etag,
    key,
    get signal() {
      return abortable.signal;
    },
  };
}
