import { backoffDelay } from '../backoff/backoffDelay.ts';
import type { PauseReason, PollError, PollerRole, PollingConfig, TerminalReason } from '../types.ts';
import type {
  FetchFailureEvent,
  FetchNotModifiedEvent,
  FetchOkEvent,
  FetchRateLimitedEvent,
  FetchTiming,
  FetchUnauthorizedEvent,
} from './pollerEvents.ts';

/** The polling states a resume returns to (see `paused.resuming`). */
export type ResumeTarget = 'idle' | 'connected' | 'throttled' | 'reconnecting' | 'error';

/** What the poller machine is started with. */
export interface PollerInput {
  config: PollingConfig;
  /** The first resource polled (default `''`). */
  key?: string;
  /** The next request waits at least this multiple of the last response time (default 2). */
  latencyFactor?: number;
  /** Backoff jitter as a fraction of the delay (default 0). */
  jitter?: number;
  /** Reasons to start paused, read from the page when the poller is created (e.g. `hidden`). */
  pauseReasons?: readonly PauseReason[];
}

/**
 * The machine's extended state. Plain data only (no functions), so inspection events can be cloned onto a
 * BroadcastChannel.
 */
export interface PollerContext {
  interval: number;
  latencyFactor: number;
  jitter: number;
  /** The resource polled now. */
  key: string;
  data: unknown;
  /** The key `data` was fetched for; another than `key` while a new key's first answer is awaited. */
  dataKey: string | null;
  /** Whether `data` satisfied `isTerminal` when it arrived. */
  dataIsTerminal: boolean;
  /** ETag of the current key's data, sent as If-None-Match. */
  etag: string | null;
  /** The last answers of recently polled keys, newest first (at most {@link KEY_CACHE_SIZE}). */
  cache: CachedAnswer[];
  /** No request before this (epoch ms): the server's Retry-After, to this poller or another of the page. */
  heldUntil: number | null;
  /** Its part among the tabs sharing its resource. */
  role: PollerRole;
  error: PollError | null;
  errorCount: number;
  lastUpdatedAt: number | null;
  /** Delay chosen for the next timer, read by the named delays. */
  delayMs: number;
  nextPollAt: number | null;
  pauseReasons: PauseReason[];
  terminalReason: TerminalReason | null;
  /**
   * The polling state to continue in after a pause. Kept in context rather than in a history node: the
   * polling states are top-level, and a history node only records when its parent (here the root) is exited.
   */
  resumeTo: ResumeTarget;
  /**
   * Counts refreshes. A request runs while the state is tagged `fetching`; a refresh that re-enters such a
   * state changes this number, so the fetch actor replaces the request in flight.
   */
  requestSeq: number;
}

/** One key's last answer, kept so that coming back to the key shows its data at once and revalidates it. */
export interface CachedAnswer {
  key: string;
  data: unknown;
  etag: string | null;
  terminal: boolean;
}

export const DEFAULT_LATENCY_FACTOR = 2;

/** Keys whose last answer is kept: the pages and filters an operator moves between. */
export const KEY_CACHE_SIZE = 8;

/** Longest timer a browser honours; longer `setTimeout` delays fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function initialContext(input: PollerInput): PollerContext {
  const reasons = new Set<PauseReason>(input.pauseReasons ?? []);
  if (!input.config.enabled) reasons.add('disabled');
  return {
    interval: input.config.interval,
    latencyFactor: Math.max(0, input.latencyFactor ?? DEFAULT_LATENCY_FACTOR),
    jitter: input.jitter ?? 0,
    key: input.key ?? '',
    data: undefined,
    dataKey: null,
    dataIsTerminal: false,
    etag: null,
    cache: [],
    heldUntil: null,
    role: 'alone',
    error: null,
    errorCount: 0,
    lastUpdatedAt: null,
    delayMs: input.config.interval,
    nextPollAt: null,
    pauseReasons: [...reasons],
    terminalReason: null,
    resumeTo: 'idle',
    requestSeq: 0,
  };
}

/**
 * When to ask next: `minimum` after this answer, never before the time the server asked everyone to wait for,
 * and — after an answer (`slowAnswer`) — never sooner than a multiple of how long it took, so a slow server is
 * not hammered. A failure is retried on the spec's schedule alone: a request that timed out after 10 s waits
 * the interval, not twice the timeout.
 */
function schedule(
  context: PollerContext,
  timing: FetchTiming,
  minimum: number,
  slowAnswer: boolean,
): Partial<PollerContext> {
  const held = context.heldUntil === null ? 0 : context.heldUntil - timing.at;
  const latencyFloor = slowAnswer ? context.latencyFactor * Math.max(0, timing.latencyMs) : 0;
  const floor = Math.max(latencyFloor, held);
  const delayMs = Math.min(MAX_TIMER_MS, Math.round(Math.max(minimum, floor)));
  return { delayMs, nextPollAt: timing.at + delayMs };
}

function failureDelay(context: PollerContext, failures: number, timing: FetchTiming): number {
  return backoffDelay(failures, context.interval, { jitter: context.jitter, random: () => timing.jitter });
}

/** 200: take the new data and ETag, reset the failure count. */
export function applyOk(context: PollerContext, event: FetchOkEvent): Partial<PollerContext> {
  // A page followed by more describes only itself: its ETag must not answer for the next page's request.
  const etag = event.more ? null : event.etag;
  const answer: CachedAnswer = { key: event.key, data: event.data, etag, terminal: event.terminal };
  return {
    data: event.data,
    dataKey: event.key,
    dataIsTerminal: event.terminal,
    etag,
    cache: [answer, ...context.cache.filter((a) => a.key !== event.key)].slice(0, KEY_CACHE_SIZE),
    error: null,
    errorCount: 0,
    lastUpdatedAt: event.at,
    ...schedule(context, event, context.interval, true),
  };
}

/** 304: keep the very same data object; it still counts as a success. */
export function applyNotModified(
  context: PollerContext,
  event: FetchNotModifiedEvent,
): Partial<PollerContext> {
  return {
    dataIsTerminal: event.terminal,
    error: null,
    errorCount: 0,
    lastUpdatedAt: event.at,
    ...schedule(context, event, context.interval, true),
  };
}

/** A failed request: count it and back off once the threshold is reached. */
export function applyFailure(context: PollerContext, event: FetchFailureEvent): Partial<PollerContext> {
  const errorCount = context.errorCount + 1;
  return {
    error: event.error,
    errorCount,
    ...schedule(context, event, failureDelay(context, errorCount, event), false),
  };
}

/**
 * 429: the server answered — it is up, and asks to slow down. Not a failure (it never leads to Offline): the
 * failures are forgotten, and the next request waits what the server asked for, and at least the interval.
 */
export function applyRateLimited(
  context: PollerContext,
  event: FetchRateLimitedEvent,
): Partial<PollerContext> {
  const retryAfterMs = Number.isFinite(event.retryAfterMs) ? Math.max(0, event.retryAfterMs) : 0;
  const error: PollError = { kind: 'rate-limited', status: 429, message: 'Rate limited by the server' };
  return {
    error,
    errorCount: 0,
    ...schedule(context, event, Math.max(context.interval, retryAfterMs), false),
  };
}

export function applyUnauthorized(event: FetchUnauthorizedEvent): Partial<PollerContext> {
  return { error: event.error, terminalReason: 'unauthorized' };
}

/**
 * Another resource: its cached answer (data and ETag) if it has one, else the current data stays as the
 * placeholder and the first request goes without an ETag.
 */
export function switchKey(context: PollerContext, key: string): Partial<PollerContext> {
  const cached = context.cache.find((answer) => answer.key === key);
  if (cached) {
    return { key, data: cached.data, dataKey: key, etag: cached.etag, dataIsTerminal: cached.terminal };
  }
  return { key, etag: null };
}

/** Another poller of the page was told to wait: so is this one, from its next schedule on. */
export function recordHold(context: PollerContext, until: number): Partial<PollerContext> {
  return context.heldUntil !== null && context.heldUntil >= until ? {} : { heldUntil: until };
}

/** The armed timer fires no sooner than the hold: the waiting state is entered again with the later time. */
export function postponeTo(at: number, until: number): Partial<PollerContext> {
  return { heldUntil: until, delayMs: Math.max(0, until - at), nextPollAt: until };
}

export function addPauseReason(context: PollerContext, reason: PauseReason): Partial<PollerContext> {
  return context.pauseReasons.includes(reason) ? {} : { pauseReasons: [...context.pauseReasons, reason] };
}

export function removePauseReason(context: PollerContext, reason: PauseReason): Partial<PollerContext> {
  return context.pauseReasons.includes(reason)
    ? { pauseReasons: context.pauseReasons.filter((r) => r !== reason) }
    : {};
}
