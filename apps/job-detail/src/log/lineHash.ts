/** A selection of log lines, 1-based and inclusive, as a URL names it: `#L123` or `#L120-L130`. */
export interface LineRange {
  readonly start: number;
  readonly end: number;
}

const LINE_HASH = /^#L(\d{1,9})(?:-L?(\d{1,9}))?$/;

/**
 * @example parseLineHash('#L130-L120') // { start: 120, end: 130 }
 * @example parseLineHash('#top') // null
 */
export function parseLineHash(hash: string): LineRange | null {
  const match = LINE_HASH.exec(hash);
  if (!match) return null;
  const a = Number(match[1]);
  const b = match[2] === undefined ? a : Number(match[2]);
  if (a < 1 || b < 1) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/** @example formatLineHash({ start: 5, end: 5 }) // '#L5' */
export function formatLineHash(range: LineRange): string {
  return range.start === range.end ? `#L${range.start}` : `#L${range.start}-L${range.end}`;
}

/**
 * The selection after a click on line `line`: that line alone, or with Shift held, the range from the
 * selection's first line (as code hosts extend a selection).
 */
export function selectLine(current: LineRange | null, line: number, extend: boolean): LineRange {
  if (!extend || current === null) return { start: line, end: line };
  return { start: Math.min(current.start, line), end: Math.max(current.start, line) };
}
