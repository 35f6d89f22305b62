import { open } from 'node:fs/promises';
import type { LogIndexCache } from './logIndexCache.ts';

/** Which lines to return: `offset` lines skipped from the start, then at most `lines`. */
export interface LogWindow {
  readonly offset: number;
  readonly lines: number;
}

/** One page read from a log file, as the logs route returns it, plus a version for its ETag. */
export interface LogFilePage {
  lines: string[];
  total_lines: number;
  has_more: boolean;
  /** Changes whenever this page's content may have changed (new complete lines, a replaced file). */
  version: string;
}

/**
 * The version of a log page without reading its lines: cheap enough to answer `If-None-Match`.
 * Only complete lines count, so a half-written line changes nothing.
 */
export async function logVersion(cache: LogIndexCache, path: string, window: LogWindow): Promise<string> {
  const log = await cache.refresh(path);
  if (log === null) return `none.${window.offset}.${window.lines}`;
  return `${log.index.generation}.${log.index.end}.${window.offset}.${window.lines}`;
}

/**
 * Reads one page of a job log (VPO's `read_log_tail`) through the line index: a stat, a scan of the bytes
 * appended since the last call, then one read of exactly the requested lines — never the whole file.
 * A missing file is an empty log. Lines are decoded as UTF-8 (invalid bytes become U+FFFD, as Python's
 * `errors="replace"`), without their newline or a trailing carriage return.
 *
 * @example
 * await readLog(cache, '/data/logs/<id>.log', { offset: 0, lines: 500 });
 * // { lines: ['[2026-02-01T10:00:01.000000Z] JOB START: <id>', ...], total_lines, has_more, version }
 */
export async function readLog(cache: LogIndexCache, path: string, window: LogWindow): Promise<LogFilePage> {
  const log = await cache.refresh(path);
  if (log === null) {
    return { lines: [], total_lines: 0, has_more: false, version: `none.${window.offset}.${window.lines}` };
  }
  const { index } = log;
  const total = index.count;
  const first = Math.min(window.offset, total);
  const last = Math.min(total, first + window.lines);
  const from = index.startOf(first);
  const to = index.startOf(last);
  // The snapshot of the index is taken before the read: bytes appended meanwhile lie beyond `to`.
  const lines = to > from ? await readLines(path, from, to) : [];
  return {
    lines,
    total_lines: total,
    has_more: window.offset + lines.length < total,
    version: `${index.generation}.${index.end}.${window.offset}.${window.lines}`,
  };
}

async function readLines(path: string, from: number, to: number): Promise<string[]> {
  const buffer = Buffer.allocUnsafe(to - from);
  const file = await open(path, 'r');
  let filled = 0;
  try {
    while (filled < buffer.length) {
      const { bytesRead } = await file.read(buffer, filled, buffer.length - filled, from + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
  } finally {
    await file.close();
  }
  const text = buffer.toString('utf8', 0, filled);
  const lines = text.split('\n');
  // The range ends just after a newline, so the split leaves one empty string at the end.
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
}
