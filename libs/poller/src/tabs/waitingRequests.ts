import { Subscription, type SchedulerLike } from 'rxjs';
import type { FetchOutcome } from '../fetcher.ts';
import type { LatestAnswers } from './latestAnswers.ts';
import { fitsHeldData, type OutcomeMessage } from './tabMessage.ts';

/** What {@link WaitingRequests} needs. */
export interface WaitingRequestsOptions {
  /** How long a request waits for the leader before asking the server (a leader that froze or left). */
  patienceMs: number;
  scheduler: SchedulerLike;
  /** Where a request that takes the leader's answer marks it used, so the tab takes each answer once. */
  answers: LatestAnswers;
}

/** One follower's request that waits for the leader's answer. */
export interface WaitingRequest<T> {
  /** Which request within the key: only the leader's answer to the same one is taken. */
  requestKey: string;
  signal: AbortSignal;
  /** The ETag of the data this tab holds: a 304 about other data does not fit. */
  etag: string | null;
  /** Asks the server instead — as the leader, sharing the outcome, if this tab leads by then. */
  ask(): Promise<FetchOutcome<T>>;
}

interface Waiter {
  requestKey: string;
  /** The leader answered: take it, or go to the server if it does not fit. */
  answered(message: OutcomeMessage): void;
  /** Stop waiting and ask the server. */
  goDirect(): void;
}

/**
 * A follower's requests waiting for the leader's answers. Each takes the leader's answer to its own request
 * key, and asks the server instead when that answer does not fit the data it holds, when the leader answers
 * another request (this tab is out of step), when this tab leads or is disposed, or when the leader stays
 * silent past the patience.
 *
 * @example
 * const waiting = new WaitingRequests({ patienceMs, scheduler, answers });
 * const outcome = waiting.wait({ requestKey, signal, etag, ask: direct });
 * waiting.deliver(message); // the leader's answer arrived → `true` if a request took it
 */
export class WaitingRequests {
  private readonly waiters = new Set<Waiter>();

  constructor(private readonly options: WaitingRequestsOptions) {}

  /** Waits for the leader's answer to `request` (or, failing that, the server's); rejects when aborted. */
  wait<T>(request: WaitingRequest<T>): Promise<FetchOutcome<T>> {
    const { requestKey, signal, etag } = request;
    return new Promise<FetchOutcome<T>>((resolve, reject) => {
      const patience = new Subscription();
      const done = (): void => {
        this.waiters.delete(waiter);
        patience.unsubscribe();
        signal.removeEventListener('abort', onAbort);
      };
      const onAbort = (): void => {
        done();
        reject(signal.reason ?? new DOMException('The request was aborted', 'AbortError'));
      };
      const waiter: Waiter = {
        requestKey,
        answered: (message) => {
          if (!fitsHeldData(message, etag)) return waiter.goDirect();
          done();
          this.options.answers.markUsed(message);
          resolve(message.outcome as FetchOutcome<T>);
        },
        goDirect: () => {
          done();
          request.ask().then(resolve, reject);
        },
      };
      this.waiters.add(waiter);
      signal.addEventListener('abort', onAbort, { once: true });
      patience.add(this.options.scheduler.schedule(() => waiter.goDirect(), this.options.patienceMs));
    });
  }

  /** Hands the leader's answer to the requests waiting for it; returns whether one took it. */
  deliver(message: OutcomeMessage): boolean {
    let taken = false;
    for (const waiter of [...this.waiters]) {
      if (waiter.requestKey === message.requestKey) {
        taken = true;
        waiter.answered(message);
      } else {
        // The leader is at another request than this one: this tab is out of step (a log it joined late).
        waiter.goDirect();
      }
    }
    return taken;
  }

  /** Every waiting request asks the server now: this tab became the leader, or was disposed. */
  askServerForAll(): void {
    for (const waiter of [...this.waiters]) waiter.goDirect();
  }
}
