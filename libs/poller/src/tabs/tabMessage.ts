import type { FetchOutcome } from '../fetcher.ts';

/** The leader's outcome of one request, shared with the other tabs. */
export interface OutcomeMessage {
  readonly t: 'outcome';
  /** The poller's key (a list query); tabs polling another key ignore it. */
  readonly key: string;
  /** Which request within the key (a log's offset; the key itself otherwise). */
  readonly requestKey: string;
  /** The ETag the leader sent: a 304 only fits a tab that holds the data of that ETag. */
  readonly etag: string | null;
  readonly outcome: FetchOutcome<unknown>;
  /** Unique per answer, so a tab uses each answer once. */
  readonly id: string;
}

/** Everything the tabs of one resource say to each other. */
export type TabMessage =
  | OutcomeMessage
  /** A tab joined: the leader answers with its latest outcomes. */
  | { readonly t: 'hello'; readonly key: string }
  /** A tab waits for the leader's next answer: the leader shares its outcomes while someone listens. */
  | { readonly t: 'waiting'; readonly key: string }
  /** A tab's Refresh: the leader fetches now. */
  | { readonly t: 'refresh'; readonly key: string };

const OUTCOME_KINDS = new Set(['ok', 'not-modified', 'gone', 'rate-limited', 'unauthorized', 'failure']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * A message from another tab, or `null` for anything that is not one of ours (another version, a page of the
 * origin posting on the same channel name): what cannot be read is ignored, never trusted.
 */
export function parseTabMessage(data: unknown): TabMessage | null {
  if (!isRecord(data) || typeof data.key !== 'string') return null;
  if (data.t === 'hello' || data.t === 'waiting' || data.t === 'refresh') return { t: data.t, key: data.key };
  if (data.t !== 'outcome') return null;
  const { requestKey, etag, outcome, id } = data;
  if (typeof requestKey !== 'string' || typeof id !== 'string') return null;
  if (etag !== null && typeof etag !== 'string') return null;
  if (!isRecord(outcome) || typeof outcome.kind !== 'string' || !OUTCOME_KINDS.has(outcome.kind)) return null;
  return { t: 'outcome', key: data.key, requestKey, etag, outcome: outcome as FetchOutcome<unknown>, id };
}

/** The leader's answer fits this tab unless it is a 304 about data this tab does not hold. */
export function fitsHeldData(message: OutcomeMessage, etag: string | null): boolean {
  return message.outcome.kind !== 'not-modified' || (message.etag !== null && message.etag === etag);
}
