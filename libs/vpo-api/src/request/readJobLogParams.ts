import { JOB_LOG_LIMITS } from '../limits.ts';
import { parsePyInt } from '../python/pyText.ts';

/** The effective paging of one `GET /api/jobs/{id}/logs`. */
export interface JobLogParams {
  /** Lines to return, 1–1000 (default 500). */
  lines: number;
  /** Lines skipped from the start of the log, ≥ 0. */
  offset: number;
}

/**
 * Reads the log route's `lines` and `offset` as VPO does: Python `int()`, then clamped; a non-int falls back
 * to the default. Other names are ignored (this route is not strict).
 */
export function readJobLogParams(query: URLSearchParams): JobLogParams {
  const lines = parsePyInt(query.get('lines'));
  const offset = parsePyInt(query.get('offset'));
  return {
    lines:
      lines === null
        ? JOB_LOG_LIMITS.defaultLines
        : Math.max(JOB_LOG_LIMITS.minLines, Math.min(JOB_LOG_LIMITS.maxLines, lines)),
    offset: offset === null ? 0 : Math.max(0, offset),
  };
}

/**
 * One page of a log (VPO's `read_log_tail`): the lines after `offset`, the total, and whether more follow
 * (`offset + len(lines) < total_lines`).
 */
export function sliceLog(
  allLines: readonly string[],
  { lines, offset }: JobLogParams,
): { lines: string[]; total_lines: number; has_more: boolean } {
  const chunk = allLines.slice(offset, offset + lines);
  return { lines: chunk, total_lines: allLines.length, has_more: offset + chunk.length < allLines.length };
}
