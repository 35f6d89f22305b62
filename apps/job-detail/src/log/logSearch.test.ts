import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LogLines } from './logLines.ts';
import { compileLogQuery, matchRanges, type LogQuery, type LogQueryInput } from './logQuery.ts';
import { findFirstLine, LogSearch } from './logSearch.ts';
import { ERROR_LEVEL } from './logLevel.ts';
import { stripAnsi } from './ansiText.ts';

const ready = (input: Partial<LogQueryInput> & { text: string }): LogQuery => {
  const compiled = compileLogQuery({ caseSensitive: false, regex: false, ...input });
  if (compiled.kind !== 'ready') throw new Error(`not a query: ${compiled.kind}`);
  return compiled.query;
};

/** The lines of every match, found the slow way: line by line. */
const naive = (lines: readonly string[], query: LogQuery) =>
  lines.flatMap((line, index) => matchRanges(query, stripAnsi(line)).map(() => index));

const found = (search: LogSearch) =>
  Array.from({ length: search.matches.length }, (_, i) => search.matches.lineOf(i));

function searchAll(lines: readonly string[], query: LogQuery): number[] {
  const store = new LogLines();
  store.append(lines);
  const search = new LogSearch(store);
  search.setQuery(query);
  search.step();
  return found(search);
}

describe('searching the whole log', () => {
  it('finds every occurrence on every line, case-insensitively by default', () => {
    const lines = ['Scan started', 'scanned a.mkv, SCANNED b.mkv', 'nothing here', 'scan'];
    expect(searchAll(lines, ready({ text: 'scan' }))).toEqual([0, 1, 1, 3]);
    expect(searchAll(lines, ready({ text: 'scan', caseSensitive: true }))).toEqual([1, 3]);
  });

  it('takes regular expressions, with ^ and $ at each line', () => {
    const lines = ['ERROR: a', 'no ERROR', 'ERROR: b'];
    expect(searchAll(lines, ready({ text: '^ERROR', regex: true, caseSensitive: true }))).toEqual([0, 2]);
    expect(searchAll(lines, ready({ text: 'a$', regex: true }))).toEqual([0]);
  });

  it('never counts a match that runs from one line into the next, nor empty matches', () => {
    const lines = ['ends with a', 'b starts'];
    expect(searchAll(lines, ready({ text: 'a\\sb', regex: true }))).toEqual([]);
    expect(searchAll(lines, ready({ text: 'x*', regex: true }))).toEqual([]);
  });

  it('says why a regular expression is invalid, without throwing', () => {
    const compiled = compileLogQuery({ text: '(unclosed', caseSensitive: false, regex: true });
    expect(compiled.kind).toBe('invalid');
    expect(compiled.kind === 'invalid' && compiled.message).toBe('unterminated group');
    expect(compileLogQuery({ text: '', caseSensitive: false, regex: true }).kind).toBe('empty');
  });

  it('treats the text as plain unless asked for a regular expression', () => {
    expect(searchAll(['a.c', 'abc'], ready({ text: 'a.c' }))).toEqual([0]);
  });

  it('searches coloured lines as they are shown, without their escape codes', () => {
    const lines = ['\u001b[31mERR\u001b[0mOR here', 'plain 31m'];
    expect(searchAll(lines, ready({ text: 'error' }))).toEqual([0]);
    expect(searchAll(lines, ready({ text: '31m' }))).toEqual([1]);
  });

  it('finds what a line-by-line search finds, for any lines and query', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'é', '日', ' ', '🎬'), maxLength: 12 }), {
          maxLength: 40,
        }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'é', ' '), minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (lines, text, caseSensitive) => {
          const query = ready({ text, caseSensitive });
          expect(searchAll(lines, query)).toEqual(naive(lines, query));
        },
      ),
    );
  });

  it('keeps its matches right while lines arrive, a last line is completed, or the log is reloaded', () => {
    const store = new LogLines();
    const search = new LogSearch(store);
    search.setQuery(ready({ text: 'hit' }));
    store.append(['hit 1', 'miss', 'half h']);
    search.step();
    expect(found(search)).toEqual([0]);
    store.replaceLast('half hit');
    store.append(['hit again', 'hit']);
    search.step();
    expect(found(search)).toEqual([0, 2, 3, 4]);
    store.clear();
    store.append(['new hit']);
    search.step();
    expect(found(search)).toEqual([0]);
  });

  it('stops when its time is up and goes on from there', () => {
    const store = new LogLines();
    // Three megabytes of lines: several runs.
    const lines = Array.from(
      { length: 30_000 },
      (_, i) => `${'x'.repeat(90)} line ${i}${i % 1000 === 0 ? ' hit' : ''}`,
    );
    store.append(lines);
    const search = new LogSearch(store);
    search.setQuery(ready({ text: 'hit' }));
    expect(search.step(() => true)).toBe(false);
    expect(search.matches.length).toBeLessThan(30);
    let steps = 1;
    while (!search.step(() => true)) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(found(search)).toEqual(Array.from({ length: 30 }, (_, i) => i * 1000));
  });

  it('finds the first error line', () => {
    const store = new LogLines();
    store.append(['ok', 'an error-notes.mkv file', 'ERROR: /a.mkv: bad', 'ERROR: /b.mkv']);
    expect(findFirstLine(store, ERROR_LEVEL)).toBe(2);
    expect(findFirstLine(new LogLines(), ERROR_LEVEL)).toBe(-1);
  });
});

describe('searching bytes as stored', () => {
  it('finds what the text search finds, ignoring case on ASCII needles and exact on any other', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ unit: fc.constantFrom('a', 'B', 'b', 'É', 'é', '日', ' ', '🎬'), maxLength: 12 }),
          {
            maxLength: 40,
          },
        ),
        fc.string({ unit: fc.constantFrom('a', 'b', 'A', 'é', '日', ' '), minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (lines, text, caseSensitive) => {
          const query = ready({ text, caseSensitive });
          const asText = { ...query, bytes: null };
          expect(searchAll(lines, query)).toEqual(searchAll(lines, asText));
        },
      ),
    );
  });
});
