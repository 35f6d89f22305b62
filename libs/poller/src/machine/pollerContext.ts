import { backoffDelay } from '../backoff/backoffDelay.ts';
import type { PauseReason, PollError, PollingConfig, TerminalReason } from '../types.ts';
import type {
  FetchFailureEvent,
  FetchNotModifiedEvent,
  FetchOkEvent,
  FetchRateLimitedEvent,
  FetchTiming,
  FetchUnauthorizedEvent,
} from './pollerEvents.ts';

/** The polling states a resume returns to (see `paused.resuming`). */
export type ResumeTarget = 'idle' | 'connected' | 'reconnecting' | 'error';

/** What the poller machine is started with. */
export interface PollerInput {
  config: PollingConfig;
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
  data: unknown;
  /** Whether `data` satisfied `isTerminal` when it arrived. */
  dataIsTerminal: boolean;
  etag: string | null;
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

export const DEFAULT_LATENCY_FACTOR = 2;

/** Longest timer a browser honours; longer `setTimeout` delays fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;

export function initialContext(input: PollerInput): PollerContext {
  const reasons = new Set<PauseReason>(input.pauseReasons ?? []);
  if (!input.config.enabled) reasons.add('disabled');
  return {
    interval: input.config.interval,
    latencyFactor: Math.max(0, input.latencyFactor ?? DEFAULT_LATENCY_FACTOR),
    jitter: input.jitter ?? 0,
    data: undefined,
    dataIsTerminal: false,
    etag: null,
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

function schedule(context: PollerContext, timing: FetchTiming, minimum: number): Partial<PollerContext> {
  // A slow server is not hammered: never ask again sooner than a multiple of its last response time.
  const floor = context.latencyFactor * Math.max(0, timing.latencyMs);
  const delayMs = Math.min(MAX_TIMER_MS, Math.round(Math.max(minimum, floor)));
  return { delayMs, nextPollAt: timing.at + delayMs };
}

function failureDelay(context: PollerContext, failures: number, timing: FetchTiming): number {
  return backoffDelay(failures, context.interval, { jitter: context.jitter, random: () => timing.jitter });
}

/** 200: take the new data and ETag, reset the failure count. */
export function applyOk(context: PollerContext, event: FetchOkEvent): Partial<PollerContext> {
  return {
    data: event.data,
    dataIsTerminal: event.terminal,
    etag: event.etag,
    error: null,
    errorCount: 0,
    lastUpdatedAt: event.at,
    ...schedule(context, event, context.interval),
  };
}

/** 304: keep the very same data object; it still counts as a success. */
export function applyNotModified(
  context: PollerContext,
  event: FetchNotModifiedEvent,
): Partial<PollerContext> {
  return {
    error: null,
    errorCount: 0,
    lastUpdatedAt: event.at,
    ...schedule(context, event, context.interval),
  };
}

/** A failed request: count it and back off once the threshold is reached. */
export function applyFailure(context: PollerContext, event: FetchFailureEvent): Partial<PollerContext> {
  const errorCount = context.errorCount + 1;
  return {
    error: event.error,
    errorCount,
    ...schedule(context, event, failureDelay(context, errorCount, event)),
  };
}

/** 429 counts as a failure and waits at least what the server asked for. */
export function applyRateLimited(
  context: PollerContext,
  event: FetchRateLimitedEvent,
): Partial<PollerContext> {
  const errorCount = context.errorCount + 1;
  const retryAfterMs = Number.isFinite(event.retryAfterMs) ? Math.max(0, event.retryAfterMs) : 0;
  const error: PollError = { kind: 'rate-limited', status: 429, message: 'Rate limited by the server' };
  return {
    error,
    errorCount,
    ...schedule(context, event, Math.max(failureDelay(context, errorCount, event), retryAfterMs)),
  };
}

export function applyUnauthorized(event: FetchUnauthorizedEvent): Partial<PollerContext> {
  return { error: event.error, terminalReason: 'unauthorized' };
}

export function addPauseReason(context: PollerContext, reason: PauseReason): Partial<PollerContext> {
  return context.pauseReasons.includes(reason) ? {} : { pauseReasons: [...context.pauseReasons, reason] };
}

export function removePauseReason(context: PollerContext, reason: PauseReason): Partial<PollerContext> {
  return context.pauseReasons.includes(reason)
    ? { pauseReasons: context.pauseReasons.filter((r) => r !== reason) }
    : {};
}
