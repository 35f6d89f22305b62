import { parseLogLine } from '@vpo-live/vpo-api';
import { ansiSegments, type AnsiStyle } from './ansiText.ts';
import { lineLevel, type LogLevel } from './logLevel.ts';
import { matchRanges, type LogQuery } from './logQuery.ts';

/** A run of a row's text drawn one way: its colour, whether it is the VPO stamp, whether a match. */
export interface RowPiece {
  readonly text: string;
  readonly style: AnsiStyle | null;
  readonly stamp: boolean;
  /** 'current' is the match "n of m" points at. */
  readonly match: 'match' | 'current' | null;
}

export interface RowOptions {
  query: LogQuery | null;
  /** Which match of this row is the current one (-1: none). */
  currentOrdinal: number;
  /** Leave out the `[2026-…Z] ` stamp. */
  hideStamp: boolean;
}

export interface RowModel {
  pieces: RowPiece[];
  level: LogLevel | null;
}

/**
 * How one log line is drawn: its ANSI colours (escape codes removed), the stamp apart (dimmed or left out),
 * and the search matches marked, cut into pieces wherever one of those changes. Pure; text only.
 *
 * @example rowPieces('[2026-02-01T10:00:00.000000Z] ERROR: x', { query: null, currentOrdinal: -1, hideStamp: true })
 * // { pieces: [{ text: 'ERROR: x', … }], level: 'error' }
 */
export function rowPieces(line: string, options: RowOptions): RowModel {
  const segments = ansiSegments(line);
  const shown = segments.length === 1 ? (segments[0]?.text ?? '') : segments.map((s) => s.text).join('');
  const parsed = parseLogLine(shown);
  const stampEnd = parsed ? shown.length - parsed.text.length : 0;
  const ranges = options.query ? matchRanges(options.query, shown) : [];
  const cuts = new Set<number>([0, shown.length, stampEnd]);
  for (const [start, end] of ranges) cuts.add(start).add(end);
  let at = 0;
  const segmentEnds = segments.map((segment) => (at += segment.text.length));
  for (const end of segmentEnds) cuts.add(end);
  const points = [...cuts].sort((a, b) => a - b);

  const pieces: RowPiece[] = [];
  let segment = 0;
  let range = 0;
  for (let p = 0; p + 1 < points.length; p++) {
    const start = points[p] as number;
    const end = points[p + 1] as number;
    if (end <= start) continue;
    const stamp = start < stampEnd;
    if (stamp && options.hideStamp) continue;
    while ((segmentEnds[segment] as number) <= start) segment++;
    while (range < ranges.length && (ranges[range] as [number, number])[1] <= start) range++;
    const inMatch = range < ranges.length && (ranges[range] as [number, number])[0] <= start;
    pieces.push({
      text: shown.slice(start, end),
      style: segments[segment]?.style ?? null,
      stamp,
      match: inMatch ? (range === options.currentOrdinal ? 'current' : 'match') : null,
    });
  }
  return { pieces, level: lineLevel(parsed ? parsed.text : shown) };
}
