/** Matches per block: one absolute line and one byte offset per block make any match reachable in ≤ 256 steps. */
const BLOCK = 256;
const INITIAL_BYTES = 4096;

/**
 * The matches of a search, in log order, as the line each is on (a line with three matches appears three
 * times). Stored as the differences between consecutive lines in a variable-length byte code (LEB128): a term
 * on every line costs one byte per match, so a million matches cost about 1 MB and no object. Where a match
 * sits inside its line is found again only for the rows on screen.
 */
export class LogMatches {
  private bytes = new Uint8Array(INITIAL_BYTES);
  private used = 0;
  private count = 0;
  /** Line of the last match pushed (the base of the next difference). */
  private last = 0;
  /** Per block: the line of its first match, and where its bytes start. */
  private blockLine: number[] = [];
  private blockAt: number[] = [];

  get length(): number {
    return this.count;
  }

  /** The line of match `index` (0 ≤ index < length). */
  lineOf(index: number): number {
    const block = Math.floor(index / BLOCK);
    let line = this.blockLine[block] as number;
    let at = this.skip(this.blockAt[block] as number);
    for (let i = block * BLOCK + 1; i <= index; i++) {
      const [delta, next] = this.read(at);
      line += delta;
      at = next;
    }
    return line;
  }

  push(line: number): void {
    if (this.count % BLOCK === 0) {
      // A block starts with its line in `blockLine` and a 0 in the bytes, so every match has a code.
      this.blockLine.push(line);
      this.blockAt.push(this.used);
      this.write(0);
    } else {
      this.write(line - this.last);
    }
    this.last = line;
    this.count += 1;
  }

  /** Index of the first match on `line` or after it (`length` when there is none). */
  firstAtOrAfter(line: number): number {
    let low = 0;
    let high = this.blockLine.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.blockLine[mid] as number) < line) low = mid + 1;
      else high = mid;
    }
    if (low === 0) return 0;
    // Block `low − 1` starts before `line`: the answer is inside it, or where it ends.
    const block = low - 1;
    const end = Math.min(this.count, low * BLOCK);
    let index = block * BLOCK;
    let current = this.blockLine[block] as number;
    let at = this.skip(this.blockAt[block] as number);
    for (;;) {
      index++;
      if (index >= end) return index;
      const [delta, next] = this.read(at);
      current += delta;
      at = next;
      if (current >= line) return index;
    }
  }

  /** Forgets the matches on `line` and after it (lines about to be searched again). */
  dropFrom(line: number): void {
    const keep = this.firstAtOrAfter(line);
    if (keep >= this.count) return;
    if (keep === 0) return this.clear();
    const block = Math.floor(keep / BLOCK);
    if (keep % BLOCK === 0) {
      this.last = this.lineOf(keep - 1);
      this.used = this.blockAt[block] as number;
      this.blockLine.length = block;
      this.blockAt.length = block;
    } else {
      let current = this.blockLine[block] as number;
      let at = this.skip(this.blockAt[block] as number);
      for (let i = block * BLOCK + 1; i < keep; i++) {
        const [delta, next] = this.read(at);
        current += delta;
        at = next;
      }
      this.last = current;
      this.used = at;
      this.blockLine.length = block + 1;
      this.blockAt.length = block + 1;
    }
    this.count = keep;
  }

  clear(): void {
    this.bytes = new Uint8Array(INITIAL_BYTES);
    this.used = 0;
    this.count = 0;
    this.last = 0;
    this.blockLine = [];
    this.blockAt = [];
  }

  /** Bytes reserved (for measurements). */
  get byteSize(): number {
    return this.bytes.byteLength + this.blockLine.length * 16;
  }

  private write(value: number): void {
    if (this.used + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.used++] = (rest & 0x7f) | 0x80;
      rest = Math.floor(rest / 0x80);
    }
    this.bytes[this.used++] = rest;
  }

  /** The value coded at `at`, and where the next one starts. */
  private read(at: number): [number, number] {
    let value = 0;
    let scale = 1;
    let i = at;
    for (;;) {
      const byte = this.bytes[i++] as number;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return [value, i];
      scale *= 0x80;
    }
  }

  /** Where the value after the one at `at` starts. */
  private skip(at: number): number {
    let i = at;
    while ((this.bytes[i++] as number) >= 0x80);
    return i;
  }
}
