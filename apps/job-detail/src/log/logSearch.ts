import { hasAnsi, stripAnsi } from './ansiText.ts';
import { forEachByteMatch } from './byteSearch.ts';
import { LogMatches } from './logMatches.ts';
import { forEachMatch, type LogQuery } from './logQuery.ts';
import { decodeRun, lineBounds, type ByteRun, type LineRun, type LogLines } from './logLines.ts';

/**
 * A search over every held line, kept up to date as the log grows. Work is done in `step`s that each stop
 * once their time is up, so a search of a million lines never holds a frame: the caller steps again in a
 * later task until `step` answers that everything held has been searched.
 *
 * New lines cost only themselves: a step searches from the last line searched (read again, as the tail may have
 * completed it in place) to the end; a log reloaded from the start (a new `generation`) is searched anew.
 */
export class LogSearch {
  readonly matches = new LogMatches();
  private query: LogQuery | null = null;
  private generation = -1;
  /** Lines `0 .. searched − 1` have been searched. */
  private searched = 0;
  /** The last step searched up to the log's last line. */
  private reachedEnd = false;

  constructor(private readonly lines: LogLines) {}

  /** Starts over with another query (`null`: no search). */
  setQuery(query: LogQuery | null): void {
    this.query = query;
    this.matches.clear();
    this.searched = 0;
    this.reachedEnd = false;
    this.generation = this.lines.generation;
  }

  /** Every held line has been searched (or there is no query). */
  get done(): boolean {
    return (
      this.query === null || (this.generation === this.lines.generation && this.searched >= this.lines.length)
    );
  }

  /**
   * Searches on until every held line is searched or `timeUp()` says to stop (it is asked after each run of
   * about a megabyte). Returns `done`.
   */
  step(timeUp: () => boolean = () => false): boolean {
    const query = this.query;
    if (query === null) return true;
    if (this.generation !== this.lines.generation) this.setQuery(query);
    // Only the log's last line can change in place: line `searched − 1` is read again if it was the last.
    const from = this.reachedEnd ? Math.max(0, this.searched - 1) : this.searched;
    this.matches.dropFrom(from);
    this.searched = from;
    for (const run of this.lines.runs(from)) {
      scanRun(query, run, this.matches);
      this.searched = run.first + run.count;
      if (timeUp()) break;
    }
    this.reachedEnd = this.searched >= this.lines.length;
    return this.done;
  }
}

/** Adds the line of every match in `run`, searching its bytes as stored when it can, else its text. */
function scanRun(query: LogQuery, run: ByteRun, matches: LogMatches): void {
  if (query.bytes !== null && !run.escapes) {
    forEachByteMatch(query.bytes, run.bytes, lineCounter(run, run.bytes.length, matches));
    return;
  }
  const decoded = decodeRun(run);
  if (hasAnsi(decoded.text)) {
    // Colour codes are not what the operator reads: lines that hold them are searched as shown.
    for (let i = 0; i < run.count; i++) {
      const line = decoded.text.slice(...lineBounds(decoded, i));
      forEachMatch(query, stripAnsi(line), () => matches.push(run.first + i));
    }
    return;
  }
  forEachMatch(query, decoded.text, lineCounter(decoded, decoded.text.length, matches));
}

/**
 * A match callback that adds each match's line; matches arrive left to right, so the line is found by walking
 * on. A match that runs past the end of its line (into the next) is no match.
 */
function lineCounter(
  run: ByteRun | LineRun,
  length: number,
  matches: LogMatches,
): (start: number, end: number) => void {
  const { starts, base, count, first } = run;
  let i = 0;
  let next = count > 1 ? (starts[1] as number) - base : length;
  return (start, end) => {
    while (next <= start) {
      i++;
      next = i + 1 < count ? (starts[i + 1] as number) - base : length;
    }
    if (end < next) matches.push(first + i);
  };
}

/** The first held line that `pattern` matches (searched as stored), or -1. */
export function findFirstLine(lines: LogLines, pattern: RegExp): number {
  const global = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
  for (const run of lines.runs(0)) {
    const decoded = decodeRun(run);
    global.lastIndex = 0;
    const match = global.exec(decoded.text);
    if (match === null) continue;
    let i = 0;
    while (i + 1 < run.count && lineBounds(decoded, i + 1)[0] <= match.index) i++;
    return run.first + i;
  }
  return -1;
}
