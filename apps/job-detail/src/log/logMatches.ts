const INITIAL_CAPACITY = 1024;

/**
 * The matches of a search, in log order, as the line each is on: one 4-byte entry per match (a line with three
 * matches appears three times), so a million matches cost 4 MB and no object. Where a match sits inside its
 * line is found again only for the rows on screen.
 */
export class LogMatches {
  private lines = new Uint32Array(INITIAL_CAPACITY);
  private count = 0;

  get length(): number {
    return this.count;
  }

  /** The line of match `index`. */
  lineOf(index: number): number {
    return this.lines[index] as number;
  }

  push(line: number): void {
    if (this.count === this.lines.length) {
      const grown = new Uint32Array(this.lines.length * 2);
      grown.set(this.lines);
      this.lines = grown;
    }
    this.lines[this.count++] = line;
  }

  /** Index of the first match on `line` or after it (`length` when there is none). */
  firstAtOrAfter(line: number): number {
    let low = 0;
    let high = this.count;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.lines[mid] as number) < line) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** Forgets the matches on `line` and after it (lines about to be searched again). */
  dropFrom(line: number): void {
    this.count = this.firstAtOrAfter(line);
  }

  clear(): void {
    this.lines = new Uint32Array(INITIAL_CAPACITY);
    this.count = 0;
  }
}
