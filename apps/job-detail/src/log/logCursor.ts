/**
 * The log tail's cursor: which lines to ask for next and what to do with a page of VPO's
 * `GET /api/jobs/{id}/logs` answer. Pure and framework-free.
 *
 * Every request re-reads the last line already held (offset = held − 1). That one-line overlap proves the page
 * continues what is on screen: the line must be the same, or the same line completed (a writer that flushed
 * half a line), otherwise the log was rewritten underneath us and is reloaded from the start. A log that holds
 * fewer lines than are shown was rotated or truncated and is reloaded too. Lines are placed by their absolute
 * position (`offset` + index), so however the server batches its writes, and even if two answers for the same
 * offset arrive, no line is ever appended twice or skipped.
 */

/** Where the tail stands: how many lines are held, and the last of them. */
export interface LogCursor {
  /** Lines held so far; they are lines `0 .. held − 1` of the log. */
  readonly held: number;
  /** Line `held − 1` as held, or null when nothing is held. */
  readonly lastLine: string | null;
}

/** The query of the next request: `offset` lines skipped from the start, at most `lines` returned. */
export interface LogRequest {
  readonly offset: number;
  readonly lines: number;
}

/** The parts of a logs response the cursor reads (VPO's `JobLogsResponse`). */
export interface LogSlice {
  readonly lines: readonly string[];
  readonly total_lines: number;
  readonly offset: number;
  readonly has_more: boolean;
}

/** Why the held lines were thrown away. */
export type LogResetReason = 'shrunk' | 'rewritten';

/** What applying one page asks the line store to do. */
export type LogStep =
  /** Add `lines` at the end (maybe none); first replace the last held line when `replaceLast` is set. */
  | { kind: 'append'; lines: readonly string[]; replaceLast: string | null; more: boolean }
  /** Drop every held line and read again from the start (`more` is always true). */
  | { kind: 'reset'; reason: LogResetReason; more: true }
  /** The page cannot be placed (it starts past the held lines): keep everything, ask again next time. */
  | { kind: 'ignore'; more: false };

/** The cursor before anything was read. */
export const EMPTY_LOG_CURSOR: LogCursor = Object.freeze({ held: 0, lastLine: null });

/** VPO clamps `lines` to 1..1000. */
export const MAX_LOG_PAGE = 1000;

/**
 * The next request: re-read the last held line and as many after it as one page allows.
 * @example logRequest({ held: 250, lastLine: '…' }) // → { offset: 249, lines: 1000 }
 */
export function logRequest(cursor: LogCursor, pageSize: number = MAX_LOG_PAGE): LogRequest {
  const lines = Math.max(2, Math.min(MAX_LOG_PAGE, Math.floor(pageSize)));
  return { offset: cursor.held > 0 ? cursor.held - 1 : 0, lines };
}

/**
 * Applies one page to the cursor. The caller performs `step` on its line store and keeps the returned cursor;
 * when `step.more` is true the log has more lines right now and the next request should follow at once.
 */
export function applyLogPage(cursor: LogCursor, page: LogSlice): { cursor: LogCursor; step: LogStep } {
  const start = page.offset;
  const count = page.lines.length;
  if (page.total_lines < cursor.held) return reset('shrunk');
  if (cursor.held === 0) {
    if (start !== 0) return ignore(cursor);
    return append(cursor, page, page.lines, null);
  }
  const lastIndex = cursor.held - 1;
  // The page must contain the last held line so it can be checked; otherwise it cannot be placed.
  if (start > lastIndex || start + count <= lastIndex) return ignore(cursor);
  const seen = page.lines[lastIndex - start] as string;
  let replaceLast: string | null = null;
  if (seen !== cursor.lastLine) {
    const held = cursor.lastLine ?? '';
    if (!seen.startsWith(held)) return reset('rewritten');
    replaceLast = seen;
  }
  return append(cursor, page, page.lines.slice(cursor.held - start), replaceLast);
}

function append(
  cursor: LogCursor,
  page: LogSlice,
  lines: readonly string[],
  replaceLast: string | null,
): { cursor: LogCursor; step: LogStep } {
  const held = cursor.held + lines.length;
  const lastLine = lines.length > 0 ? (lines[lines.length - 1] as string) : (replaceLast ?? cursor.lastLine);
  const end = page.offset + page.lines.length;
  // Only ask again at once when this page brought something: a server that keeps saying has_more without
  // giving lines must not spin the loop.
  const more = lines.length > 0 && (page.has_more || end < page.total_lines);
  return { cursor: { held, lastLine }, step: { kind: 'append', lines, replaceLast, more } };
}

function reset(reason: LogResetReason): { cursor: LogCursor; step: LogStep } {
  return { cursor: EMPTY_LOG_CURSOR, step: { kind: 'reset', reason, more: true } };
}

function ignore(cursor: LogCursor): { cursor: LogCursor; step: LogStep } {
  return { cursor, step: { kind: 'ignore', more: false } };
}
