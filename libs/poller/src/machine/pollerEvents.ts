import type { ConnectionSignal } from '../connection/serverConnection.ts';
import type { PauseReason, PollError } from '../types.ts';

/**
 * When and how fast a fetch settled. The fetch actor measures it with the injected clock, so the machine
 * itself stays pure: every number it schedules with comes from its events.
 */
export interface FetchTiming {
  /** Epoch ms at which the response arrived. */
  at: number;
  /** How long the request took, in ms. */
  latencyMs: number;
  /** A uniform sample in [0, 1) for backoff jitter. */
  jitter: number;
}

/** 200: new data for `key`. `terminal` is `isTerminal(data)`, computed by the fetch actor. */
export type FetchOkEvent = {
  type: 'FETCH.OK';
  key: string;
  data: unknown;
  etag: string | null;
  terminal: boolean;
  /** Another page is waiting: fetch again at once. */
  more: boolean;
} & FetchTiming;
/** 304: the data is unchanged; counts as a success. `terminal` is `isTerminal` of the data kept. */
export type FetchNotModifiedEvent = { type: 'FETCH.NOT_MODIFIED'; terminal: boolean } & FetchTiming;
/** 404: the watched resource no longer exists. */
export type FetchGoneEvent = { type: 'FETCH.GONE' } & FetchTiming;
/** 429: wait at least `retryAfterMs`. */
export type FetchRateLimitedEvent = { type: 'FETCH.RATE_LIMITED'; retryAfterMs: number } & FetchTiming;
/** 401: stop until the user acts. */
export type FetchUnauthorizedEvent = { type: 'FETCH.UNAUTHORIZED'; error: PollError } & FetchTiming;
/** Network error, 5xx, timeout, invalid JSON or shape. */
export type FetchFailureEvent = { type: 'FETCH.FAILURE'; error: PollError } & FetchTiming;

/** Every outcome of one request, each a distinct event. */
export type FetchEvent =
  | FetchOkEvent
  | FetchNotModifiedEvent
  | FetchGoneEvent
  | FetchRateLimitedEvent
  | FetchUnauthorizedEvent
  | FetchFailureEvent;

/** The page and the user: each pair adds or removes one pause reason. */
export type PauseEvent =
  | { type: 'VISIBILITY.HIDDEN' }
  | { type: 'VISIBILITY.VISIBLE' }
  | { type: 'NETWORK.OFFLINE' }
  | { type: 'NETWORK.ONLINE' }
  | { type: 'USER.PAUSE' }
  | { type: 'USER.RESUME' };

/** The poller's part among the tabs sharing its resource changed (a hand-over). */
export type TabsRoleEvent = { type: 'TABS.ROLE'; role: 'leader' | 'follower' };

/** The page switches the poller to another resource. */
export type KeyChangeEvent = { type: 'KEY.CHANGE'; key: string };

/** Every event the poller machine accepts. */
export type PollerEvent =
  FetchEvent | PauseEvent | KeyChangeEvent | ConnectionSignal | TabsRoleEvent | { type: 'USER.REFRESH' };

/** Which pause reason a pause/resume event adds or removes. */
export const PAUSE_REASON_OF: Readonly<Record<PauseEvent['type'], PauseReason>> = {
  'VISIBILITY.HIDDEN': 'hidden',
  'VISIBILITY.VISIBLE': 'hidden',
  'NETWORK.OFFLINE': 'offline',
  'NETWORK.ONLINE': 'offline',
  'USER.PAUSE': 'user',
  'USER.RESUME': 'user',
};
