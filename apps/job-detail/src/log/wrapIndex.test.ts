import { describe, expect, it } from 'vitest';
import { LogLines } from './logLines.ts';
import { WrapIndex } from './wrapIndex.ts';

const store = (...lengths: number[]) => {
  const lines = new LogLines();
  lines.append(lengths.map((n) => 'x'.repeat(n)));
  return lines;
};

describe('WrapIndex', () => {
  it('gives each line the rows its length needs (at least one) and finds the line on any row', () => {
    const index = new WrapIndex();
    index.update(store(5, 0, 25, 10), 10);
    expect([0, 1, 2, 3].map((line) => index.heightOf(line))).toEqual([1, 1, 3, 1]);
    expect(index.rows).toBe(6);
    expect([0, 1, 2, 3, 4, 5, 99].map((row) => index.lineAt(row))).toEqual([0, 1, 2, 2, 2, 3, 3]);
    expect(index.rowOf(3)).toBe(5);
  });

  it('extends as lines arrive, measures a completed last line again, and starts over for a new width or log', () => {
    const lines = store(5, 5);
    const index = new WrapIndex();
    index.update(lines, 10);
    lines.replaceLast('y'.repeat(30));
    lines.append(['z'.repeat(11)]);
    index.update(lines, 10);
    expect([0, 1, 2].map((line) => index.heightOf(line))).toEqual([1, 3, 2]);
    index.update(lines, 5);
    expect([0, 1, 2].map((line) => index.heightOf(line))).toEqual([1, 6, 3]);
    lines.clear();
    lines.append(['a']);
    index.update(lines, 5);
    expect(index.rows).toBe(1);
  });

  it('leaves out the stamps while they are hidden: a short stamped line is one row, not two', () => {
    const lines = new LogLines();
    const stamp = '[2026-02-01T10:00:01.250000Z] ';
    lines.append([
      `${stamp}${'x'.repeat(15)}`,
      '[not a stamp] ' + 'y'.repeat(16),
      `${stamp}${'z'.repeat(45)}`,
    ]);
    expect([0, 1, 2].map((line) => lines.stampBytesOf(line))).toEqual([30, 0, 30]);
    const index = new WrapIndex();
    index.update(lines, 40);
    expect([0, 1, 2].map((line) => index.heightOf(line))).toEqual([2, 1, 2]);
    index.update(lines, 40, true);
    expect([0, 1, 2].map((line) => index.heightOf(line))).toEqual([1, 1, 2]);
    index.update(lines, 40);
    expect(index.heightOf(0)).toBe(2);
  });
});
