import type { LogLines } from './logLines.ts';

/**
 * Where each line starts when lines wrap: the screen rows before it, from each line's length (UTF-8 bytes,
 * which is its characters for ASCII text; other text takes at most that many) and how many characters fit in a
 * row of the monospace log. A prefix sum, extended as lines arrive and rebuilt when the width changes; made
 * only while wrapping is on (4 bytes a line).
 */
export class WrapIndex {
  private before = new Uint32Array(1024);
  private lines = 0;
  private width = 0;
  private generation = -1;
  private stampsHidden = false;

  /**
   * Brings the index up to every held line, for `charsPerRow` characters a row; with `stampsHidden` a line's
   * stamp does not count (it is not drawn).
   */
  update(store: LogLines, charsPerRow: number, stampsHidden = false): void {
    const width = Math.max(1, Math.floor(charsPerRow));
    const fresh =
      store.generation !== this.generation || width !== this.width || stampsHidden !== this.stampsHidden;
    // The last line may have been completed in place since: it is measured again.
    const from = fresh ? 0 : Math.max(0, Math.min(this.lines, store.length) - 1);
    if (store.length + 1 > this.before.length) {
      const grown = new Uint32Array(Math.max(store.length + 1, this.before.length * 2));
      grown.set(this.before.subarray(0, from + 1));
      this.before = grown;
    }
    for (let i = from; i < store.length; i++) {
      const drawn = store.byteLengthOf(i) - (stampsHidden ? store.stampBytesOf(i) : 0);
      const rows = Math.max(1, Math.ceil(drawn / width));
      this.before[i + 1] = (this.before[i] as number) + rows;
    }
    this.lines = store.length;
    this.width = width;
    this.generation = store.generation;
    this.stampsHidden = stampsHidden;
  }

  /** Screen rows of every line. */
  get rows(): number {
    return this.before[this.lines] as number;
  }

  /** Screen rows before `line`. */
  rowOf(line: number): number {
    return this.before[Math.max(0, Math.min(line, this.lines))] as number;
  }

  /** Screen rows of `line`. */
  heightOf(line: number): number {
    return this.rowOf(line + 1) - this.rowOf(line);
  }

  /** The line drawn on screen row `row`. */
  lineAt(row: number): number {
    let low = 0;
    let high = this.lines;
    while (low < high) {
      const mid = (low + high + 1) >>> 1;
      if ((this.before[mid] as number) <= row) low = mid;
      else high = mid - 1;
    }
    return Math.min(low, Math.max(0, this.lines - 1));
  }
}
