import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LogLines, decodeRun, lineBounds, type LineRun } from './logLines.ts';

describe('LogLines', () => {
  it('returns appended lines by index, in order', () => {
    const store = new LogLines();
    store.append(['one', 'two']);
    store.append(['three']);
    expect(store.length).toBe(3);
    expect(store.get(0)).toBe('one');
    expect(store.get(2)).toBe('three');
    expect(store.slice()).toEqual(['one', 'two', 'three']);
  });

  it('answers undefined outside the held lines', () => {
    const store = new LogLines();
    store.append(['a']);
    expect(store.get(-1)).toBeUndefined();
    expect(store.get(1)).toBeUndefined();
    expect(store.get(0.5)).toBeUndefined();
  });

  it('clamps slices to the held lines', () => {
    const store = new LogLines();
    store.append(['a', 'b', 'c']);
    expect(store.slice(-5, 2)).toEqual(['a', 'b']);
    expect(store.slice(2, 99)).toEqual(['c']);
    expect(store.slice(3, 1)).toEqual([]);
  });

  it('keeps empty lines, non-Latin text and markup as plain text', () => {
    const store = new LogLines();
    const lines = ['', 'Ünïcödé 日本語 🎬', '<img src=x onerror=alert(1)>', 'tab\there'];
    store.append(lines);
    expect(store.slice()).toEqual(lines);
  });

  it('replaces the last line, longer or shorter, without touching the others', () => {
    const store = new LogLines();
    store.append(['first', 'half']);
    store.replaceLast('half a line, now complete');
    store.append(['after']);
    store.replaceLast('x');
    expect(store.slice()).toEqual(['first', 'half a line, now complete', 'x']);
  });

  it('replacing the last line of an empty store adds it', () => {
    const store = new LogLines();
    store.replaceLast('only');
    expect(store.slice()).toEqual(['only']);
  });

  it('clears everything', () => {
    const store = new LogLines();
    store.append(['a', 'b']);
    store.clear();
    expect(store.length).toBe(0);
    store.append(['c']);
    expect(store.slice()).toEqual(['c']);
  });

  it('holds lines across many chunks, including lines larger than a chunk', () => {
    const store = new LogLines();
    const big = 'x'.repeat(1_500_000);
    const lines = Array.from(
      { length: 30_000 },
      (_, i) => `[2026-02-01T10:00:00.000000Z] line ${i} ${'y'.repeat(i % 50)}`,
    );
    store.append(lines.slice(0, 15_000));
    store.append([big]);
    store.append(lines.slice(15_000));
    expect(store.length).toBe(30_001);
    expect(store.get(15_000)).toBe(big);
    expect(store.get(29_999 + 1)).toBe(lines[29_999]);
    expect(store.get(14_999)).toBe(lines[14_999]);
  });

  it('uses about one byte per ASCII character', () => {
    const store = new LogLines();
    store.append(Array.from({ length: 100_000 }, () => 'z'.repeat(60)));
    // 6 MB of text plus a 12-byte index entry per line, rounded up to whole chunks.
    expect(store.byteSize).toBeLessThan(9_000_000);
  });

  it('behaves like an array of strings under any sequence of operations', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('append' as const),
        lines: fc.array(fc.string({ unit: 'grapheme' }), { maxLength: 5 }),
      }),
      fc.record({ kind: fc.constant('replace' as const), line: fc.string({ unit: 'grapheme' }) }),
      fc.record({ kind: fc.constant('clear' as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        const store = new LogLines();
        let model: string[] = [];
        for (const o of ops) {
          if (o.kind === 'append') {
            store.append(o.lines);
            model.push(...o.lines);
          } else if (o.kind === 'replace') {
            store.replaceLast(o.line);
            if (model.length === 0) model.push(o.line);
            else model[model.length - 1] = o.line;
          } else {
            store.clear();
            model = [];
          }
        }
        expect(store.length).toBe(model.length);
        expect(store.slice()).toEqual(model);
      }),
    );
  });
});

describe('LogLines runs and bytes', () => {
  const lineOf = (run: LineRun, i: number) => run.text.slice(...lineBounds(run, i));

  it('decodes the lines from any line on, each run naming where its lines start', () => {
    const store = new LogLines();
    const lines = ['plain', 'Ünïcödé 日本語 🎬', '', 'after 🎬 emoji', 'last'];
    store.append(lines);
    const seen: string[] = [];
    for (const run of [...store.runs(1)].map(decodeRun))
      for (let i = 0; i < run.count; i++) seen.push(lineOf(run, i));
    expect(seen).toEqual(lines.slice(1));
  });

  it('keeps every line exactly across chunk boundaries and replaced last lines', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })), {
          maxLength: 60,
        }),
        fc.string({ maxLength: 30 }),
        (lines, replacement) => {
          const store = new LogLines();
          store.append(lines);
          if (lines.length > 0) store.replaceLast(replacement);
          const expected = lines.length > 0 ? [...lines.slice(0, -1), replacement] : [];
          const seen: string[] = [];
          for (const run of [...store.runs()].map(decodeRun))
            for (let i = 0; i < run.count; i++) seen.push(lineOf(run, i));
          expect(seen).toEqual(expected);
          const bytes = Buffer.concat(store.byteRuns()).toString('utf8');
          expect(bytes).toBe(expected.map((line) => `${line}\n`).join(''));
        },
      ),
    );
  });

  it('gives the bytes of the log file: every line ended by a newline', () => {
    const store = new LogLines();
    store.append(['a', 'ü', '']);
    expect(Buffer.concat(store.byteRuns()).toString('utf8')).toBe('a\nü\n\n');
  });

  it('counts a new generation each time it is cleared', () => {
    const store = new LogLines();
    const before = store.generation;
    store.clear();
    expect(store.generation).toBe(before + 1);
  });
});
