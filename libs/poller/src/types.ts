/**
 * The public types of the polling engine. Framework-free: nothing here touches the DOM at import time.
 */
import type { Observable, SchedulerLike } from 'rxjs';
import type { ServerConnection } from './connection/serverConnection.ts';
import type { ChannelFactory, LockManagerLike } from './tabs/browserPorts.ts';
import type { TabShare } from './tabs/createTabShare.ts';
import type { Fetcher, PollError } from './fetcher.ts';

export type { PollErrorKind, PollError, FetchOutcome, FetchContext, Fetcher } from './fetcher.ts';

/**
 * How often one poller polls. Pages take these from VPO's settings (`readPollingSettings` in
 * `@vpo-live/vpo-api`): a log poller's interval is the settings' `logInterval`.
 */
export interface PollingConfig {
  /** Time between polls while connected, in ms (the page's settings keep it within 2–60 s). */
  interval: number;
  /** `false` keeps the poller paused (VPO's `data-polling-enabled="false"`); a refresh still fetches. */
  enabled: boolean;
}

/** Top-level machine states (see DESIGN.md). `idle` is the state before the first fetch settles. */
export type PollerStateName =
  'idle' | 'connected' | 'throttled' | 'reconnecting' | 'error' | 'paused' | 'terminal';

export type PauseReason = 'hidden' | 'offline' | 'disabled' | 'user';
export type PollerRole = 'alone' | 'leader' | 'follower';
export type TerminalReason = 'finished' | 'gone' | 'unauthorized';

/** One observable snapshot of a poller. */
export interface PollerSnapshot<T> {
  state: PollerStateName;
  /** The resource polled now. */
  key: string;
  /** The data of `key` — or, while a new key's first answer is awaited, the previous key's (`isPlaceholder`). */
  data: T | undefined;
  /** `data` belongs to another key than `key`: shown while the new one loads, never as its answer. */
  isPlaceholder: boolean;
  /** Shared between tabs: this tab fetches (`leader`) or takes the leader's answers (`follower`); else `alone`. */
  role: PollerRole;
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
  /** The Web Locks API (`navigator.locks`); `null` for none. */
  locks?: LockManagerLike | null;
  /** Opens a BroadcastChannel; `null` for none. */
  channel?: ChannelFactory | null;
}

export interface PollerOptions<T> {
  fetch: Fetcher<T>;
  /**
   * Which resource to poll first, e.g. the list query `status=failed&offset=50` (default `''`). The fetcher
   * receives it with every request; `setKey` switches to another.
   */
  key?: string;
  /** How often to poll, and whether at all. */
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
  /**
   * The page's connection to this poller's server (`serverConnectionFor(apiBase)`), shared with the page's
   * other pollers of that server: an answer to any of them ends the others' backoff, a Retry-After holds them
   * all. Without one the poller is on its own.
   */
  connection?: ServerConnection;
  /**
   * Shares this poller with the other tabs of the browser polling the same resource (`shareAcrossTabs`): the
   * poller leads only while active, takes the leader's answers as a follower, and its Refresh asks the leader.
   * The fetcher itself goes through the share (`tabs.wrap(fetch)`, or a lower-level `tabs.request`).
   */
  tabs?: TabShare;
}

export interface Poller<T> {
  /** Emits the current snapshot on subscribe, then every change. Completes on dispose. */
  readonly snapshot$: Observable<PollerSnapshot<T>>;
  getSnapshot(): PollerSnapshot<T>;
  /** Fetch now (cancels the armed timer; from `terminal`, checks once whether the job came back). */
  refresh(): void;
  /**
   * Polls another resource from now on, fetching it at once. Until its first answer the previous data stays
   * as a placeholder (`isPlaceholder`); a response for the old key is never applied; each key keeps its own
   * ETag, and the data of a recently polled key comes back at once from a small cache. The same key is a
   * no-op.
   */
  setKey(key: string): void;
  /** User pause: aborts the in-flight request, disarms every timer. */
  pause(): void;
  resume(): void;
  /** Stops everything: no timer, listener or subscription remains. */
  dispose(): void;
}
