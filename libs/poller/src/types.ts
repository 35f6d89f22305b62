/**
 * The public types of the polling engine. Framework-free: nothing here touches the DOM at import time.
 */
import type { Observable, SchedulerLike } from 'rxjs';

/** Polling settings, as VPO delivers them in `<body data-polling-*>` (milliseconds). */
export interface PollingConfig {
  /** Time between polls while connected, 2000–60000 ms (default 5000). */
  interval: number;
  /** `false` keeps every poller paused (VPO's `data-polling-enabled="false"`). */
  enabled: boolean;
  /** Time between log polls, default 15000 ms and never below `interval`. */
  logInterval: number;
}

/** Why a request failed, as data (errors are values in the engine). */
export type PollErrorKind =
  | 'network' // fetch rejected: server down, connection reset, CORS, DNS
  | 'http' // an unexpected status (5xx, 4xx other than 401/404/429)
  | 'timeout' // no answer within the client's timeout
  | 'parse' // the body was not JSON
  | 'shape' // JSON that does not match the contract
  | 'unauthorized' // 401: polling stops until the user acts
  | 'rate-limited'; // 429

export interface PollError {
  kind: PollErrorKind;
  message: string;
  /** HTTP status when there was a response. */
  status?: number;
}

/**
 * What one fetch reported. Each kind is a distinct machine event:
 * ok → data (+ ETag); not-modified → 304, data kept, counts as success; gone → 404, terminal;
 * rate-limited → 429, wait at least `retryAfterMs`; unauthorized → 401, stop and say so;
 * failure → network, 5xx, timeout, invalid JSON or shape.
 */
export type FetchOutcome<T> =
  | { kind: 'ok'; data: T; etag?: string | null }
  | { kind: 'not-modified' }
  | { kind: 'gone' }
  | { kind: 'rate-limited'; retryAfterMs: number }
  | { kind: 'unauthorized'; error?: PollError }
  | { kind: 'failure'; error: PollError };

/** What the engine hands the fetcher for each request. */
export interface FetchContext {
  /** Aborted when the poller pauses, is disposed, or a refresh supersedes the request. */
  signal: AbortSignal;
  /** The ETag of the last `ok` response, to send as `If-None-Match`. */
  etag: string | null;
}

/** A fetcher never throws for HTTP outcomes; a rejected promise is treated as a `network` failure. */
export type Fetcher<T> = (context: FetchContext) => Promise<FetchOutcome<T>>;

/** Top-level machine states (see DESIGN.md). `idle` is the state before the first fetch settles. */
export type PollerStateName = 'idle' | 'connected' | 'reconnecting' | 'error' | 'paused' | 'terminal';

export type PauseReason = 'hidden' | 'offline' | 'disabled' | 'user';
export type TerminalReason = 'finished' | 'gone' | 'unauthorized';

/** One observable snapshot of a poller. */
export interface PollerSnapshot<T> {
  state: PollerStateName;
  data: T | undefined;
  error: PollError | null;
  /** Epoch ms of the last successful response (ok or 304). */
  lastUpdatedAt: number | null;
  /** Epoch ms at which the next request is due; null when none is scheduled. */
  nextPollAt: number | null;
  /** Consecutive failures. */
  errorCount: number;
  isFetching: boolean;
  /** Why the poller is paused (only in `paused`). */
  pauseReason: PauseReason | null;
  /** Why the poller stopped (only in `terminal`). */
  terminalReason: TerminalReason | null;
}

/** The parts of `document` the engine reads. */
export interface DocumentLike {
  readonly visibilityState: DocumentVisibilityState | string;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

/** The parts of `window` the engine reads. */
export interface WindowLike {
  readonly navigator: { readonly onLine: boolean };
  addEventListener(type: 'online' | 'offline', listener: () => void): void;
  removeEventListener(type: 'online' | 'offline', listener: () => void): void;
}

/** Injected page and time, so tests control both. Defaults: globalThis.document/window, Date.now. */
export interface PollerEnv {
  document?: DocumentLike | null;
  window?: WindowLike | null;
  /** Clock for timestamps (lastUpdatedAt, nextPollAt). */
  now?: () => number;
  /** RxJS scheduler for timers; defaults to asyncScheduler (which vi.useFakeTimers controls). */
  scheduler?: SchedulerLike;
  /** Random source for backoff jitter. */
  random?: () => number;
}

export interface PollerOptions<T> {
  fetch: Fetcher<T>;
  /** Polling config; use `logInterval` as `interval` for a log poller. */
  config: PollingConfig;
  /** When true after a fetch, the poller goes to `terminal` and stops. */
  isTerminal?: (data: T) => boolean;
  env?: PollerEnv;
  /** Receives XState inspection events (for the state-chart visualizer); omit for zero cost. */
  inspect?: (event: unknown) => void;
  /** A label for debugging and inspection, e.g. "job-list", "job:<id>", "job-log:<id>". */
  name?: string;
  /** The next request waits at least this multiple of the last response time (default 2). */
  latencyFactor?: number;
  /** Backoff jitter as a fraction of the delay, 0–1 (default 0: the spec's exact delays). */
  jitter?: number;
}

export interface Poller<T> {
  /** Emits the current snapshot on subscribe, then every change. Completes on dispose. */
  readonly snapshot$: Observable<PollerSnapshot<T>>;
  getSnapshot(): PollerSnapshot<T>;
  /** Fetch now (cancels the armed timer; from `terminal`, checks once whether the job came back). */
  refresh(): void;
  /** User pause: aborts the in-flight request, disarms every timer. */
  pause(): void;
  resume(): void;
  /** Stops everything: no timer, listener or subscription remains. */
  dispose(): void;
}
