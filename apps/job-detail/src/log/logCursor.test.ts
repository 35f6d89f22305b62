import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_LOG_CURSOR, applyLogPage, logRequest, type LogCursor, type LogSlice } from './logCursor.ts';

/** VPO's logs route over an in-memory log. */
function serve(log: readonly string[], offset: number, lines: number): LogSlice {
  const page = log.slice(offset, offset + Math.min(1000, Math.max(1, lines)));
  return { lines: page, total_lines: log.length, offset, has_more: offset + page.length < log.length };
}

/** A client: a cursor and the lines it shows. Reads until the server says nothing more is there. */
class Tail {
  cursor: LogCursor = EMPTY_LOG_CURSOR;
  shown: string[] = [];
  resets: string[] = [];

  poll(log: readonly string[], pageSize = 1000, maxRequests = 10_000): number {
    let requests = 0;
    for (;;) {
      const request = logRequest(this.cursor, pageSize);
      const { cursor, step } = applyLogPage(this.cursor, serve(log, request.offset, request.lines));
      requests++;
      this.apply(step);
      this.cursor = cursor;
      if (!step.more || requests >= maxRequests) return requests;
    }
  }

  apply(step: ReturnType<typeof applyLogPage>['step']): void {
    if (step.kind === 'reset') {
      this.shown = [];
      this.resets.push(step.reason);
    } else if (step.kind === 'append') {
      if (step.replaceLast !== null) this.shown[this.shown.length - 1] = step.replaceLast;
      this.shown.push(...step.lines);
    }
  }
}

const numbered = (n: number, prefix = 'line'): string[] =>
  Array.from({ length: n }, (_, i) => `[2026-02-01T10:00:00.000000Z] ${prefix} ${i + 1}`);

describe('logRequest', () => {
  it('starts at offset 0 with a full page', () => {
    expect(logRequest(EMPTY_LOG_CURSOR)).toEqual({ offset: 0, lines: 1000 });
  });

  it('re-reads the last held line so continuity can be checked', () => {
    expect(logRequest({ held: 250, lastLine: 'x' })).toEqual({ offset: 249, lines: 1000 });
  });

  it('keeps the page size inside VPO’s 1..1000 clamp and large enough to make progress', () => {
    expect(logRequest(EMPTY_LOG_CURSOR, 5000).lines).toBe(1000);
    expect(logRequest(EMPTY_LOG_CURSOR, 0).lines).toBe(2);
    expect(logRequest(EMPTY_LOG_CURSOR, 17.8).lines).toBe(17);
  });
});

describe('applyLogPage', () => {
  it('appends the first page and asks for more while has_more', () => {
    const { cursor, step } = applyLogPage(EMPTY_LOG_CURSOR, serve(numbered(1500), 0, 1000));
    expect(step).toMatchObject({ kind: 'append', replaceLast: null, more: true });
    expect(step.kind === 'append' && step.lines.length).toBe(1000);
    expect(cursor).toEqual({ held: 1000, lastLine: numbered(1500)[999] });
  });

  it('drops the overlapping line and appends only what is new', () => {
    const log = numbered(1500);
    const { cursor, step } = applyLogPage({ held: 1000, lastLine: log[999]! }, serve(log, 999, 1000));
    expect(step).toEqual({ kind: 'append', lines: log.slice(1000), replaceLast: null, more: false });
    expect(cursor.held).toBe(1500);
  });

  it('reports nothing new, without asking again, when the log has not grown', () => {
    const log = numbered(10);
    const { cursor, step } = applyLogPage({ held: 10, lastLine: log[9]! }, serve(log, 9, 1000));
    expect(step).toEqual({ kind: 'append', lines: [], replaceLast: null, more: false });
    expect(cursor).toEqual({ held: 10, lastLine: log[9] });
  });

  it('completes a half-written last line in place', () => {
    const full = numbered(3);
    const partial = full[2]!.slice(0, 12);
    const { cursor, step } = applyLogPage({ held: 3, lastLine: partial }, serve([...full, 'next'], 2, 1000));
    expect(step).toEqual({ kind: 'append', lines: ['next'], replaceLast: full[2], more: false });
    expect(cursor).toEqual({ held: 4, lastLine: 'next' });
  });

  it('keeps the completed line as the last one when nothing follows it', () => {
    const { cursor, step } = applyLogPage({ held: 1, lastLine: 'ab' }, serve(['abc'], 0, 1000));
    expect(step).toEqual({ kind: 'append', lines: [], replaceLast: 'abc', more: false });
    expect(cursor).toEqual({ held: 1, lastLine: 'abc' });
  });

  it('reloads from the start when the log shrank below what is shown', () => {
    const { cursor, step } = applyLogPage({ held: 500, lastLine: 'x' }, serve(numbered(20), 499, 1000));
    expect(step).toEqual({ kind: 'reset', reason: 'shrunk', more: true });
    expect(cursor).toBe(EMPTY_LOG_CURSOR);
  });

  it('reloads from the start when a different log now sits at the same positions', () => {
    const { step } = applyLogPage(
      { held: 5, lastLine: numbered(5)[4]! },
      serve(numbered(9, 'other'), 4, 1000),
    );
    expect(step).toEqual({ kind: 'reset', reason: 'rewritten', more: true });
  });

  it('treats an emptied log (0 lines) as shrunk', () => {
    const { step } = applyLogPage({ held: 3, lastLine: 'c' }, serve([], 2, 1000));
    expect(step.kind).toBe('reset');
  });

  it('ignores a page that starts past the held lines (a gap) instead of skipping lines', () => {
    const log = numbered(50);
    const cursor: LogCursor = { held: 10, lastLine: log[9]! };
    const result = applyLogPage(cursor, serve(log, 20, 1000));
    expect(result.step).toEqual({ kind: 'ignore', more: false });
    expect(result.cursor).toBe(cursor);
  });

  it('ignores a page that ends before the last held line (a stale answer)', () => {
    const log = numbered(50);
    const cursor: LogCursor = { held: 40, lastLine: log[39]! };
    expect(applyLogPage(cursor, serve(log, 0, 20)).step.kind).toBe('ignore');
  });

  it('ignores a first page that does not start at line 0', () => {
    expect(applyLogPage(EMPTY_LOG_CURSOR, serve(numbered(50), 5, 10)).step.kind).toBe('ignore');
  });

  it('places an earlier-starting page by position, appending only the unseen tail', () => {
    const log = numbered(30);
    const { step } = applyLogPage({ held: 10, lastLine: log[9]! }, serve(log, 0, 1000));
    expect(step).toMatchObject({ kind: 'append', lines: log.slice(10) });
  });

  it('does not spin when a server claims has_more but returns nothing new', () => {
    const log = numbered(5);
    const page: LogSlice = { lines: [log[4]!], total_lines: 5, offset: 4, has_more: true };
    expect(applyLogPage({ held: 5, lastLine: log[4]! }, page).step).toMatchObject({ more: false });
  });

  it('asks again when has_more is false but the page ended before total_lines', () => {
    const page: LogSlice = { lines: ['a', 'b'], total_lines: 5, offset: 0, has_more: false };
    expect(applyLogPage(EMPTY_LOG_CURSOR, page).step).toMatchObject({ more: true });
  });

  it('applying the same answer twice adds its lines once', () => {
    const log = numbered(1200);
    const tail = new Tail();
    tail.poll(log.slice(0, 100));
    const request = logRequest(tail.cursor);
    const page = serve(log, request.offset, request.lines);
    for (let i = 0; i < 2; i++) {
      const { cursor, step } = applyLogPage(tail.cursor, page);
      tail.apply(step);
      tail.cursor = cursor;
    }
    expect(tail.shown).toEqual(log.slice(0, 1099));
  });
});

describe('a tail over a growing log', () => {
  it('catches up a long log page by page', () => {
    const tail = new Tail();
    const log = numbered(3456);
    expect(tail.poll(log)).toBe(4);
    expect(tail.shown).toEqual(log);
  });

  it('follows VPO-style writes in batches of 100 without gap or duplicate', () => {
    const tail = new Tail();
    const log = numbered(1050);
    for (let flushed = 0; flushed <= 1050; flushed += 100) {
      tail.poll(log.slice(0, flushed));
      expect(tail.shown).toEqual(log.slice(0, flushed));
    }
    tail.poll(log);
    expect(tail.shown).toEqual(log);
  });

  it('says why it reloaded after a rotation and then shows the new log exactly', () => {
    const tail = new Tail();
    tail.poll(numbered(300));
    const rotated = numbered(40, 'rotated');
    tail.poll(rotated);
    expect(tail.resets).toEqual(['shrunk']);
    expect(tail.shown).toEqual(rotated);
  });

  it('never shows a line twice or skips one, whatever the batching, page size or half-written lines', () => {
    const final = fc.array(fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }), {
      minLength: 1,
      maxLength: 400,
    });
    const schedule = fc.array(
      fc.record({
        grow: fc.nat(120),
        partial: fc.double({ min: 0, max: 1, noNaN: true }),
        page: fc.nat(1000),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(final, schedule, (lines, steps) => {
        const log = lines.map((text, i) => `${i}:${text}`);
        const tail = new Tail();
        let flushed = 0;
        let cut = 0;
        for (const step of steps) {
          const grown = Math.min(log.length, flushed + step.grow);
          // The writer may be in the middle of the next line; a half-written line only ever grows.
          const next = log[grown];
          const wanted = next === undefined ? 0 : Math.floor(step.partial * next.length);
          cut = grown === flushed ? Math.max(cut, wanted) : wanted;
          flushed = grown;
          const visible =
            cut > 0 && next !== undefined
              ? [...log.slice(0, flushed), next.slice(0, cut)]
              : log.slice(0, flushed);
          tail.poll(visible, step.page);
          expect(tail.shown).toEqual(visible);
        }
        tail.poll(log);
        expect(tail.shown).toEqual(log);
        expect(tail.resets).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('ends up showing a replacement log exactly, whether it is shorter or longer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2500 }), fc.integer({ min: 0, max: 2500 }), (before, after) => {
        const tail = new Tail();
        tail.poll(numbered(before, 'old'));
        const replacement = numbered(after, 'new');
        tail.poll(replacement);
        expect(tail.shown).toEqual(replacement);
        expect(tail.resets).toEqual([after < before ? 'shrunk' : 'rewritten']);
      }),
      { numRuns: 100 },
    );
  });
});
