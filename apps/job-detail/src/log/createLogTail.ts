import type { FetchContext, FetchOutcome, Fetcher } from '@vpo-live/poller';
import {
  EMPTY_LOG_CURSOR,
  applyLogPage,
  logRequest,
  type LogCursor,
  type LogPage,
  type LogRequest,
  type LogResetReason,
} from './logCursor.ts';
import { LogLines } from './logLines.ts';

/** Reads one page of the log (VPO's `GET /api/jobs/{id}/logs?offset=&lines=`). */
export type LogPageFetcher = (request: LogRequest, context: FetchContext) => Promise<FetchOutcome<LogPage>>;

/** What the log poller reports after each request. */
export interface LogTailStatus {
  /** Lines held (and shown). */
  held: number;
  /** `total_lines` of the last page read. */
  total: number;
  /** Set when this request found the log shrunk or replaced, and the lines were dropped to reload it. */
  reset: LogResetReason | null;
  /** The log has more lines right now: read the next page at once instead of waiting for the interval. */
  more: boolean;
}

/** A change to the held lines, reported after every page. */
export interface LogChange {
  held: number;
  appended: number;
  reset: LogResetReason | null;
}

export interface LogTailOptions {
  fetchPage: LogPageFetcher;
  /** Lines per request (VPO clamps to 1..1000; default 1000). */
  pageSize?: number;
  onChange?: (change: LogChange) => void;
}

export interface LogTail {
  /** Every line read so far. */
  readonly lines: LogLines;
  /** A poller fetcher: reads one page and applies it at once; `data.more` says whether another is waiting. */
  readonly fetch: Fetcher<LogTailStatus>;
  cursor(): LogCursor;
}

/** Reloads from the start allowed before the tail is caught up again. */
const MAX_RELOADS_IN_A_ROW = 3;

/**
 * The log tail: a cursor, a compact line store and a fetcher for the polling engine. Each engine fetch is one
 * request of up to 1,000 lines, applied as soon as it lands; while `more` is true the caller asks for the next
 * page at once (see `createJobDetailSession`), so a long log is caught up page by page and a failure costs one
 * page, not the round. An ETag is only sent again for the same offset, so a `304` can never hide lines.
 *
 * @example
 * const tail = createLogTail({ fetchPage: (q, ctx) => client.getJobLogs(id, q, ctx) });
 * const poller = createPoller({ fetch: tail.fetch, config: { ...config, interval: config.logInterval } });
 */
export function createLogTail(options: LogTailOptions): LogTail {
  const lines = new LogLines();
  let cursor: LogCursor = EMPTY_LOG_CURSOR;
  let lastTag: { offset: number; etag: string } | null = null;
  let total = 0;
  /** Reloads since the tail last caught up; a log replaced faster than it can be read stops the chase. */
  let resetsSinceCaughtUp = 0;

  const status = (reset: LogResetReason | null, more: boolean): FetchOutcome<LogTailStatus> => ({
    kind: 'ok',
    data: { held: lines.length, total, reset, more },
    etag: null,
  });

  const fetch: Fetcher<LogTailStatus> = async ({ signal }) => {
    const request = logRequest(cursor, options.pageSize);
    const etag = lastTag !== null && lastTag.offset === request.offset ? lastTag.etag : null;
    const outcome = await options.fetchPage(request, { signal, etag });
    // A superseded request must not touch the lines: a newer one owns them now.
    if (signal.aborted) throw signal.reason ?? new DOMException('The request was aborted', 'AbortError');
    // Reported as `ok` so the engine applies its terminal check to this request too.
    if (outcome.kind === 'not-modified') return status(null, false);
    if (outcome.kind !== 'ok') return outcome;
    lastTag = outcome.etag ? { offset: request.offset, etag: outcome.etag } : null;
    const applied = applyLogPage(cursor, outcome.data);
    cursor = applied.cursor;
    total = outcome.data.total_lines;
    const { step } = applied;
    if (step.kind === 'reset') {
      lines.clear();
      lastTag = null;
      resetsSinceCaughtUp++;
      options.onChange?.({ held: 0, appended: 0, reset: step.reason });
      // Reload at once — unless the log keeps changing under us; then wait for the next poll.
      return status(step.reason, resetsSinceCaughtUp < MAX_RELOADS_IN_A_ROW);
    }
    if (!step.more) resetsSinceCaughtUp = 0;
    if (step.kind === 'append' && (step.lines.length > 0 || step.replaceLast !== null)) {
      if (step.replaceLast !== null) lines.replaceLast(step.replaceLast);
      lines.append(step.lines);
      options.onChange?.({ held: lines.length, appended: step.lines.length, reset: null });
    }
    return status(null, step.more);
  };

  return { lines, fetch, cursor: () => cursor };
}
