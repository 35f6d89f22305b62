import { describe, expect, it } from 'vitest';
import { formatLineHash, parseLineHash, selectLine } from './lineHash.ts';
import { compileLogQuery, type LogQuery } from './logQuery.ts';
import { rowPieces } from './rowPieces.ts';

const query = (text: string): LogQuery => {
  const compiled = compileLogQuery({ text, caseSensitive: false, regex: false });
  if (compiled.kind !== 'ready') throw new Error('no query');
  return compiled.query;
};
const STAMP = '[2026-02-01T12:00:00.000000Z] ';

describe('rowPieces', () => {
  it('keeps the stamp apart, or leaves it out', () => {
    const shown = rowPieces(`${STAMP}hello`, { query: null, currentOrdinal: -1, hideStamp: false });
    expect(shown.pieces.map((p) => [p.text, p.stamp])).toEqual([
      [STAMP, true],
      ['hello', false],
    ]);
    const hidden = rowPieces(`${STAMP}hello`, { query: null, currentOrdinal: -1, hideStamp: true });
    expect(hidden.pieces.map((p) => p.text)).toEqual(['hello']);
  });

  it('cuts at colour changes and matches alike, the current match apart', () => {
    const line = `${STAMP}\u001b[31mred hit\u001b[0m and hit`;
    const { pieces } = rowPieces(line, { query: query('hit'), currentOrdinal: 1, hideStamp: true });
    expect(pieces.map((p) => [p.text, p.style?.fg ?? null, p.match])).toEqual([
      ['red ', 'var(--jd-ansi-red-fg)', null],
      ['hit', 'var(--jd-ansi-red-fg)', 'match'],
      [' and ', null, null],
      ['hit', null, 'current'],
    ]);
  });

  it('says the level of the text after the stamp', () => {
    const level = (text: string) =>
      rowPieces(text, { query: null, currentOrdinal: -1, hideStamp: false }).level;
    expect(level(`${STAMP}ERROR: /a.mkv: bad`)).toBe('error');
    expect(level(`${STAMP}WARNING: slow`)).toBe('warn');
    expect(level(`${STAMP}Scanned: /errors/terror.mkv`)).toBeNull();
  });
});

describe('line hashes', () => {
  it('reads #L12 and ranges in either order, and nothing else', () => {
    expect(parseLineHash('#L12')).toEqual({ start: 12, end: 12 });
    expect(parseLineHash('#L30-L20')).toEqual({ start: 20, end: 30 });
    expect(parseLineHash('#L0')).toBeNull();
    expect(parseLineHash('#top')).toBeNull();
    expect(formatLineHash({ start: 4, end: 9 })).toBe('#L4-L9');
  });

  it('extends a selection from its first line with Shift', () => {
    expect(selectLine(null, 5, true)).toEqual({ start: 5, end: 5 });
    expect(selectLine({ start: 5, end: 5 }, 2, true)).toEqual({ start: 2, end: 5 });
    expect(selectLine({ start: 5, end: 9 }, 7, false)).toEqual({ start: 7, end: 7 });
  });
});
