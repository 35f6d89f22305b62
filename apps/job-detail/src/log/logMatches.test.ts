import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LogMatches } from './logMatches.ts';

const filled = (lines: readonly number[]) => {
  const matches = new LogMatches();
  for (const line of lines) matches.push(line);
  return matches;
};
const all = (matches: LogMatches) => Array.from({ length: matches.length }, (_, i) => matches.lineOf(i));
const sortedLines = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 70_000 })), { maxLength: 900 })
  .map((gaps) => gaps.reduce<number[]>((out, gap) => [...out, (out[out.length - 1] ?? 0) + gap], []));

describe('LogMatches', () => {
  it('gives back every line pushed, in order, with repeats, near and far apart', () => {
    fc.assert(
      fc.property(sortedLines, (lines) => {
        expect(all(filled(lines))).toEqual(lines);
      }),
    );
  });

  it('finds the first match on or after a line', () => {
    fc.assert(
      fc.property(sortedLines, fc.integer({ min: 0, max: 80_000 }), (lines, line) => {
        const expected = lines.findIndex((l) => l >= line);
        expect(filled(lines).firstAtOrAfter(line)).toBe(expected < 0 ? lines.length : expected);
      }),
    );
  });

  it('drops the matches from a line on, and takes new ones after', () => {
    fc.assert(
      fc.property(sortedLines, fc.integer({ min: 0, max: 80_000 }), (lines, line) => {
        const matches = filled(lines);
        matches.dropFrom(line);
        const kept = lines.filter((l) => l < line);
        expect(all(matches)).toEqual(kept);
        const next = (kept[kept.length - 1] ?? 0) + 5;
        matches.push(next);
        matches.push(next);
        expect(all(matches)).toEqual([...kept, next, next]);
      }),
    );
  });

  it('holds a match on each of a million lines in about a megabyte', () => {
    const matches = new LogMatches();
    for (let line = 0; line < 1_000_000; line++) matches.push(line);
    expect(matches.length).toBe(1_000_000);
    expect(matches.lineOf(999_999)).toBe(999_999);
    expect(matches.firstAtOrAfter(500_000)).toBe(500_000);
    expect(matches.byteSize).toBeLessThan(1.2 * 2 ** 20);
  });
});
