import { BehaviorSubject, Subject, type Observable, type SchedulerLike } from 'rxjs';
import type { FetchOutcome, Fetcher } from '../fetcher.ts';
import type { ChannelFactory, ChannelLike, LockManagerLike } from './browserPorts.ts';
import { LatestAnswers } from './latestAnswers.ts';
import { parseTabMessage, type OutcomeMessage, type TabMessage } from './tabMessage.ts';
import { WaitingRequests } from './waitingRequests.ts';

/** A tab's part in polling one resource: the leader asks the server, followers take its answers. */
export type TabRole = 'leader' | 'follower';

/** What {@link createTabShare} needs. */
export interface TabShareOptions {
  /**
   * What is shared, e.g. `http://vpo.test/api|job-list`: tabs with the same resource (and, within it, the same
   * key) share one leader. Name the server in it — two servers never share.
   */
  resource: string;
  /**
   * How long a follower waits for the leader's answer before asking the server itself (a leader that froze,
   * paused or left without a successor): one interval plus a second.
   */
  patienceMs: number;
  locks: LockManagerLike;
  channel: ChannelFactory;
  scheduler: SchedulerLike;
}

/** What one request needs: its cancellation, and the ETag of the data this tab holds. */
export interface ShareRequestContext {
  signal: AbortSignal;
  etag: string | null;
}

/**
 * One resource polled by every tab of a browser profile, with one of them — the leader, elected with the Web
 * Locks API — asking the server. See {@link createTabShare}.
 */
export interface TabShare {
  /** This tab's role now (followers until the lock is granted). */
  readonly role$: Observable<TabRole>;
  /** The leader shared an answer that no request of this tab is waiting for: fetch now to take it. */
  readonly arrivals$: Observable<void>;
  /** Another tab asked this leader to fetch now (a Refresh there). */
  readonly refreshRequests$: Observable<void>;
  /** Where this tab's poller stands: it leads only while active (visible and polling), for `key`. */
  update(state: { active: boolean; key: string }): void;
  /**
   * One request, identified by `requestKey` within the current key (the same for every poll of a job; the
   * offset for a page of a log). A leader asks the server (`direct`) and shares the outcome; a follower takes
   * the leader's outcome for the same request, waiting for it if need be — or asks the server itself when it
   * is out of step (another request key), when the leader's answer does not fit the data it holds, when it
   * becomes the leader, or when the leader stays silent past the patience. A tab that is not active (paused,
   * finished) asks the server at once.
   */
  request<T>(
    requestKey: string,
    context: ShareRequestContext,
    direct: () => Promise<FetchOutcome<T>>,
  ): Promise<FetchOutcome<T>>;
  /** A poller's fetcher, shared: the request key is the poller's key. */
  wrap<T>(fetcher: Fetcher<T>): Fetcher<T>;
  /** Asks the leader to fetch now (this tab's Refresh), so one request serves every tab. */
  askLeaderToRefresh(): void;
  dispose(): void;
}

let tabCounter = 0;

/**
 * Shares one resource between the tabs of a browser profile: at most one tab fetches it at a time — the
 * leader, the holder of a Web Lock named after the resource and key, which the browser frees when the tab
 * closes or crashes, and which a tab asks for only while its poller is active (so a hidden tab never leads).
 * The leader posts its outcomes on a BroadcastChannel while another tab listens (a tab says so whenever it
 * waits for an answer; alone, a leader posts nothing); the others hand each one to their own poller as the
 * outcome of their own request, so every tab's machine takes the same steps. A tab that joins says hello and gets the
 * leader's latest answers at once, without a request.
 *
 * @example
 * const tabs = createTabShare({ resource: `${apiBase}|job:${id}`, patienceMs: interval + 1000, locks, channel, scheduler });
 * createPoller({ fetch: tabs.wrap(getJob), config, tabs });
 */
export function createTabShare(options: TabShareOptions): TabShare {
  const tabId = `${Date.now().toString(36)}-${(tabCounter++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const role$ = new BehaviorSubject<TabRole>('follower');
  const arrivals$ = new Subject<void>();
  const refreshRequests$ = new Subject<void>();
  const channel: ChannelLike = options.channel(`vpo-live/tabs/${options.resource}`);
  let key = '';
  /** Whether this tab's poller is active (visible and polling); `null` until it first says. */
  let active: boolean | null = null;
  let lock: AbortController | null = null;
  let releaseLock: (() => void) | null = null;
  let helloSent = false;
  let sequence = 0;
  /**
   * Until when another tab is known to listen (it said hello or that it waits, within two patiences): a leader
   * alone posts nothing, so a single tab pays nothing for sharing. Every tab keeps it, so a new leader knows.
   */
  let audienceUntil = Number.NEGATIVE_INFINITY;
  const answers = new LatestAnswers();
  const waiting = new WaitingRequests({
    patienceMs: options.patienceMs,
    scheduler: options.scheduler,
    answers,
  });
  let disposed = false;

  const post = (message: TabMessage): void => {
    try {
      channel.postMessage(message);
    } catch {
      // An answer that cannot be cloned is simply not shared; the followers ask the server after their patience.
    }
  };

  const setRole = (next: TabRole): void => {
    if (role$.getValue() === next) return;
    role$.next(next);
    if (next === 'leader') waiting.askServerForAll();
  };

  const leave = (): void => {
    lock?.abort();
    lock = null;
    releaseLock?.();
    releaseLock = null;
    setRole('follower');
  };

  const lead = (): void => {
    const attempt = new AbortController();
    lock = attempt;
    options.locks
      .request(`vpo-live/tabs/${options.resource}#${key}`, { signal: attempt.signal }, () => {
        return new Promise<void>((release) => {
          // Granted after this tab stopped wanting it (hidden, another key): hand it straight on.
          if (lock !== attempt) return release();
          releaseLock = release;
          setRole('leader');
        });
      })
      .catch(() => undefined);
  };

  const onMessage = (event: { data: unknown }): void => {
    const message = parseTabMessage(event.data);
    if (!message || message.key !== key || disposed) return;
    const leading = role$.getValue() === 'leader';
    if (message.t === 'hello' || message.t === 'waiting') {
      audienceUntil = options.scheduler.now() + 2 * options.patienceMs;
      if (leading) {
        // A joining tab gets every latest answer; a waiting one those it has not been sent yet.
        answers.postTo(message.t === 'hello' ? 'joined' : 'waiting', post);
      }
    } else if (message.t === 'refresh') {
      if (leading) refreshRequests$.next();
    } else if (!leading) {
      answers.remember(message);
      if (!waiting.deliver(message)) arrivals$.next();
    }
  };
  channel.addEventListener('message', onMessage);

  const publish = <T>(requestKey: string, etag: string | null, outcome: FetchOutcome<T>): void => {
    const message: OutcomeMessage = {
      t: 'outcome',
      key,
      requestKey,
      etag,
      outcome: outcome as FetchOutcome<unknown>,
      id: `${tabId}:${++sequence}`,
    };
    answers.remember(message);
    // This tab has it already: after a hand-over it must not take its own old answer as news.
    answers.markUsed(message);
    if (options.scheduler.now() < audienceUntil) post(message);
    else answers.holdBack(message);
  };

  const asLeader = async <T>(
    requestKey: string,
    context: ShareRequestContext,
    direct: () => Promise<FetchOutcome<T>>,
  ): Promise<FetchOutcome<T>> => {
    const outcome = await direct();
    if (!context.signal.aborted && role$.getValue() === 'leader') publish(requestKey, context.etag, outcome);
    return outcome;
  };

  const request = <T>(
    requestKey: string,
    context: ShareRequestContext,
    direct: () => Promise<FetchOutcome<T>>,
  ): Promise<FetchOutcome<T>> => {
    if (role$.getValue() === 'leader' || disposed) return asLeader(requestKey, context, direct);
    // A poller that is not active (paused, or its resource final) asks only when someone asked it to — a
    // Refresh, a look at a finished job — and no tab leads such a resource to wait for: straight to the server.
    if (active === false) return direct();
    const answer = answers.takeUnused(requestKey, context.etag);
    if (answer) return Promise.resolve(answer.outcome as FetchOutcome<T>);
    const outcome = waiting.wait({
      requestKey,
      signal: context.signal,
      etag: context.etag,
      ask: () => (role$.getValue() === 'leader' ? asLeader(requestKey, context, direct) : direct()),
    });
    if (!helloSent) {
      helloSent = true;
      post({ t: 'hello', key });
    } else {
      post({ t: 'waiting', key });
    }
    return outcome;
  };

  return {
    role$: role$.asObservable(),
    arrivals$: arrivals$.asObservable(),
    refreshRequests$: refreshRequests$.asObservable(),
    update(state) {
      if (disposed) return;
      if (state.key !== key) {
        leave();
        key = state.key;
        answers.clear();
        helloSent = false;
      }
      active = state.active;
      if (active && lock === null) lead();
      else if (!active && lock !== null) leave();
    },
    request,
    wrap: (fetcher) => (context) => request(context.key, context, () => fetcher(context)),
    askLeaderToRefresh() {
      if (!disposed && role$.getValue() === 'follower') post({ t: 'refresh', key });
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      leave();
      waiting.askServerForAll();
      channel.removeEventListener('message', onMessage);
      channel.close();
      role$.complete();
      arrivals$.complete();
      refreshRequests$.complete();
    },
  };
}
