import type { Fetcher, FetchOutcome } from '@vpo-live/poller';
import type { CallOptions } from '@vpo-live/vpo-api';
import {
  applyLogPage,
  logRequest,
  type LogCursor,
  type LogRequest,
  type LogResetReason,
  type LogSlice,
} from './logCursor.ts';
import { LogLines } from './logLines.ts';

/** Reads one page of the log (VPO's `GET /api/jobs/{id}/logs?offset=&lines=`). */
export type LogPageFetcher = (request: LogRequest, options: CallOptions) => Promise<FetchOutcome<LogSlice>>;

/**
 * The log as the page shows it: the lines held (one compact store that grows in place) and what the last
 * read did. A new object whenever something a reader sees changed, so the poller's snapshot says when to
 * render; the same object when a read brought nothing.
 */
export interface LogView {
  readonly lines: LogLines;
  /** Lines held when this view was made. */
  readonly count: number;
  /** Why the log was last reloaded from the start, if it ever was. */
  readonly reset: LogResetReason | null;
  /** Nothing more is waiting right now: the last read reached the end of the log. */
  readonly complete: boolean;
}

export interface LogTailOptions {
  fetchPage: LogPageFetcher;
  /** Lines per request (VPO clamps to 1..1000; default 1000). */
  pageSize?: number;
}

export interface LogTail {
  /** Every line read so far. */
  readonly lines: LogLines;
  /** The poller's fetcher: one request per call, applied as soon as it lands. */
  readonly fetch: Fetcher<LogView>;
}

/** Reloads from the start allowed before the tail is caught up again. */
const MAX_RELOADS_IN_A_ROW = 3;

/** Where the tail stands: the lines held are lines `0 .. length − 1` of the log. */
const cursorOf = (lines: LogLines): LogCursor => ({
  held: lines.length,
  lastLine: lines.length > 0 ? (lines.get(lines.length - 1) ?? null) : null,
});

/**
 * The log tail: a compact line store and a fetcher for the polling engine. Each call is one request of up to
 * 1,000 lines from where the held lines end, applied as soon as it lands; when more are waiting it answers
 * `more`, and the engine reads the next page at once — a long log is caught up page by page, and a failure
 * costs one page, not the round. The engine's ETag goes out as it is: the server's tag names the page it
 * describes (offset included), so a `304` can only mean "nothing new here", and it reaches the engine as one.
 *
 * @example
 * const tail = createLogTail({ fetchPage: (request, options) => client.getJobLogs(id, request, options) });
 * const poller = createPoller({ fetch: tail.fetch, config: { interval: settings.logInterval, enabled } });
 */
export function createLogTail(options: LogTailOptions): LogTail {
  const lines = new LogLines();
  let reset: LogResetReason | null = null;
  let view: LogView = { lines, count: 0, reset, complete: false };
  /** Reloads since the tail last caught up; a log replaced faster than it can be read stops the chase. */
  let resetsSinceCaughtUp = 0;

  /** The store's revision when `view` was made: a last line completed in place is a change to show too. */
  let viewRevision = lines.revision;
  const answer = (etag: string | null, more: boolean): FetchOutcome<LogView> => {
    const complete = !more;
    if (viewRevision !== lines.revision || view.reset !== reset || view.complete !== complete) {
      view = { lines, count: lines.length, reset, complete };
      viewRevision = lines.revision;
    }
    return { kind: 'ok', data: view, etag, more };
  };

  const fetch: Fetcher<LogView> = async ({ signal, etag }) => {
    const outcome = await options.fetchPage(logRequest(cursorOf(lines), options.pageSize), { signal, etag });
    // A superseded request must not touch the lines: a newer one owns them now.
    if (signal.aborted) throw signal.reason ?? new DOMException('The request was aborted', 'AbortError');
    if (outcome.kind !== 'ok') return outcome;
    const { step } = applyLogPage(cursorOf(lines), outcome.data);
    switch (step.kind) {
      case 'reset':
        lines.clear();
        reset = step.reason;
        resetsSinceCaughtUp++;
        // Reload at once — unless the log keeps changing under us; then wait for the next poll.
        return answer(null, resetsSinceCaughtUp < MAX_RELOADS_IN_A_ROW);
      case 'ignore':
        // A page that cannot be placed answers for nothing held: no ETag, so the next read gets a full answer.
        return answer(null, false);
      case 'append':
        if (step.replaceLast !== null) lines.replaceLast(step.replaceLast);
        lines.append(step.lines);
        if (!step.more) resetsSinceCaughtUp = 0;
        return answer(outcome.etag ?? null, step.more);
    }
  };

  return { lines, fetch };
}
