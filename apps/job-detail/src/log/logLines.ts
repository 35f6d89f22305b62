/**
 * A compact, append-only store of log lines. A million lines kept as a million JS strings would cost a
 * string header per line on the JS heap; here lines are UTF-8 bytes packed into large chunks, with two typed
 * arrays locating each line. Only the rows on screen are ever decoded back into strings.
 *
 * Each line is followed by a newline byte in its chunk, so a chunk's bytes are the log file's own bytes: a
 * search decodes a whole chunk into one string (one decode per megabyte instead of one per line) and `^`/`$`
 * anchor at line ends, and a download hands the chunks to a Blob as they are.
 */

import { LOG_STAMP_WIDTH } from '@vpo-live/vpo-api';

const CHUNK_BYTES = 1 << 20;
const INITIAL_LINES = 1024;

const NEWLINE = 0x0a;

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const [OPEN_BRACKET, ZULU, CLOSE_BRACKET, SPACE] = [0x5b, 0x5a, 0x5d, 0x20];

/**
 * Consecutive lines as stored: UTF-8 bytes, each line followed by its newline. Line `first + i` starts at byte
 * `starts[i] − base` of `bytes`; it ends one byte before the next line starts (its newline), the last one at
 * `bytes.length − 1`. `starts` is the store's own index, uncopied.
 */
export interface ByteRun {
  readonly bytes: Uint8Array;
  readonly first: number;
  readonly count: number;
  readonly starts: Uint32Array;
  readonly base: number;
  /** Some line of the run may hold an escape character (ANSI codes): searched as shown, not as stored. */
  readonly escapes: boolean;
}

/** A run decoded: the same shape, with `text` and character offsets in place of bytes. */
export interface LineRun {
  readonly text: string;
  readonly first: number;
  readonly count: number;
  readonly starts: Uint32Array;
  readonly base: number;
}

/** Where line `i` of a run starts and ends (before its newline), in bytes or characters as the run counts. */
export function lineBounds(run: ByteRun | LineRun, i: number): [number, number] {
  const length = 'text' in run ? run.text.length : run.bytes.length;
  const start = (run.starts[i] as number) - run.base;
  const next = i + 1 < run.count ? (run.starts[i + 1] as number) - run.base : length;
  return [start, next - 1];
}

/** Decodes a run into one string (about a megabyte), with its lines located in characters. */
export function decodeRun(run: ByteRun): LineRun {
  const text = decoder.decode(run.bytes);
  // Only single-byte characters (nearly always): character offsets are byte offsets.
  if (text.length === run.bytes.length) return { ...run, text };
  return { ...run, text, starts: charOffsets(run.bytes, run.starts, run.base), base: 0 };
}

/** Append-only lines (plus replacing the last one), addressed by index. */
export class LogLines {
  private chunks: Uint8Array[] = [];
  /** Bytes used in the last chunk. */
  private used = 0;
  private chunkOf: Uint32Array = new Uint32Array(INITIAL_LINES);
  private startOf: Uint32Array = new Uint32Array(INITIAL_LINES);
  private endOf: Uint32Array = new Uint32Array(INITIAL_LINES);
  private count = 0;
  /** First line of each chunk (a chunk may end up holding none when a replaced last line moved on). */
  private firstLineOf: number[] = [];
  /** Per chunk: a line holding an escape character was stored there (so most chunks need no check). */
  private escapesIn: boolean[] = [];
  private clears = 0;
  private edits = 0;

  /** Number of lines held. */
  get length(): number {
    return this.count;
  }

  /** Changes each time the store is cleared: lines held under an older generation are gone. */
  get generation(): number {
    return this.clears;
  }

  /** Changes with every change of the lines (an append, a completed last line, a clear). */
  get revision(): number {
    return this.edits;
  }

  /** Adds lines at the end. */
  append(lines: readonly string[]): void {
    for (const line of lines) this.push(line);
    if (lines.length > 0) this.edits += 1;
  }

  /** Replaces the last line (a line completed after it was first read half-written). */
  replaceLast(line: string): void {
    if (this.count === 0) return this.append([line]);
    const last = this.count - 1;
    // The last line always sits at the end of the last chunk, so its bytes can simply be overwritten.
    this.used = this.startOf[last] as number;
    this.count = last;
    this.push(line);
    this.edits += 1;
  }

  /** Drops every line and frees the memory. */
  clear(): void {
    this.chunks = [];
    this.used = 0;
    this.chunkOf = new Uint32Array(INITIAL_LINES);
    this.startOf = new Uint32Array(INITIAL_LINES);
    this.endOf = new Uint32Array(INITIAL_LINES);
    this.count = 0;
    this.firstLineOf = [];
    this.escapesIn = [];
    this.clears += 1;
    this.edits += 1;
  }

  /** The line at `index`, or undefined outside `0 .. length − 1`. */
  get(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return undefined;
    const chunk = this.chunks[this.chunkOf[index] as number] as Uint8Array;
    return decoder.decode(chunk.subarray(this.startOf[index], this.endOf[index]));
  }

  /** The length of line `index` in UTF-8 bytes (its characters, for ASCII text), without decoding it. */
  byteLengthOf(index: number): number {
    return (this.endOf[index] as number) - (this.startOf[index] as number);
  }

  /**
   * The bytes of line `index`'s VPO stamp and the space after it (`[2026-…Z] `), or 0 when it has none: what a
   * line takes less while stamps are hidden. Read from its bytes (`[` … `Z]`), without decoding it.
   */
  stampBytesOf(index: number): number {
    const start = this.startOf[index] as number;
    const length = (this.endOf[index] as number) - start;
    if (length < LOG_STAMP_WIDTH) return 0;
    const bytes = this.chunks[this.chunkOf[index] as number] as Uint8Array;
    const stamped =
      bytes[start] === OPEN_BRACKET &&
      bytes[start + LOG_STAMP_WIDTH - 2] === ZULU &&
      bytes[start + LOG_STAMP_WIDTH - 1] === CLOSE_BRACKET;
    if (!stamped) return 0;
    return bytes[start + LOG_STAMP_WIDTH] === SPACE && length > LOG_STAMP_WIDTH
      ? LOG_STAMP_WIDTH + 1
      : LOG_STAMP_WIDTH;
  }

  /** Lines `start .. end − 1` (clamped to what is held). */
  slice(start = 0, end = this.count): string[] {
    const from = Math.max(0, Math.floor(start));
    const to = Math.min(this.count, Math.floor(end));
    const out: string[] = [];
    for (let i = from; i < to; i++) out.push(this.get(i) as string);
    return out;
  }

  /** The lines from `from` to the end, one run per chunk (about a megabyte each), without copying. */
  *runs(from = 0): Generator<ByteRun> {
    for (let c = 0; c < this.chunks.length; c++) {
      const chunkEnd = this.firstLineOf[c + 1] ?? this.count;
      const first = Math.max(from, this.firstLineOf[c] as number);
      if (first >= chunkEnd) continue;
      const base = this.startOf[first] as number;
      yield {
        bytes: (this.chunks[c] as Uint8Array).subarray(base, (this.endOf[chunkEnd - 1] as number) + 1),
        first,
        count: chunkEnd - first,
        starts: this.startOf.subarray(first, chunkEnd),
        base,
        escapes: this.escapesIn[c] === true,
      };
    }
  }

  /**
   * The held log's bytes as the server's file holds them (UTF-8, each line ended by a newline), chunk by chunk,
   * without copying: for a Blob to download.
   */
  byteRuns(): Uint8Array[] {
    const out: Uint8Array[] = [];
    for (let c = 0; c < this.chunks.length; c++) {
      const first = this.firstLineOf[c] as number;
      const last = (this.firstLineOf[c + 1] ?? this.count) - 1;
      if (last < first) continue;
      out.push(
        (this.chunks[c] as Uint8Array).subarray(this.startOf[first], (this.endOf[last] as number) + 1),
      );
    }
    return out;
  }

  /** Bytes reserved for the line text and its index (for measurements). */
  get byteSize(): number {
    let total = this.chunkOf.byteLength + this.startOf.byteLength + this.endOf.byteLength;
    for (const chunk of this.chunks) total += chunk.byteLength;
    return total;
  }

  private push(line: string): void {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit, plus the newline.
    const worst = line.length * 3 + 1;
    let chunk = this.chunks[this.chunks.length - 1];
    if (chunk === undefined || chunk.byteLength - this.used < worst) {
      chunk = new Uint8Array(Math.max(CHUNK_BYTES, worst));
      this.chunks.push(chunk);
      this.firstLineOf.push(this.count);
      this.escapesIn.push(false);
      this.used = 0;
    }
    if (line.includes('\u001b')) this.escapesIn[this.chunks.length - 1] = true;
    const { written } = encoder.encodeInto(line, chunk.subarray(this.used));
    chunk[this.used + written] = NEWLINE;
    this.ensureIndexCapacity();
    this.chunkOf[this.count] = this.chunks.length - 1;
    this.startOf[this.count] = this.used;
    this.endOf[this.count] = this.used + written;
    this.used += written + 1;
    this.count += 1;
  }

  private ensureIndexCapacity(): void {
    if (this.count < this.chunkOf.length) return;
    const grow = (old: Uint32Array): Uint32Array => {
      const next = new Uint32Array(old.length * 2);
      next.set(old);
      return next;
    };
    this.chunkOf = grow(this.chunkOf);
    this.startOf = grow(this.startOf);
    this.endOf = grow(this.endOf);
  }
}

/**
 * The UTF-16 offset of each line, whose byte offset is `byteStarts[i] − base`. A UTF-8 byte that is not a
 * continuation byte starts one UTF-16 unit, a 4-byte sequence two (a surrogate pair); the bytes come from
 * `encodeInto`, so they are always well-formed.
 */
function charOffsets(bytes: Uint8Array, byteStarts: Uint32Array, base: number): Uint32Array {
  const out = new Uint32Array(byteStarts.length);
  let chars = 0;
  let at = 0;
  for (let i = 0; i < byteStarts.length; i++) {
    const target = (byteStarts[i] as number) - base;
    for (; at < target; at++) {
      const byte = bytes[at] as number;
      if ((byte & 0xc0) !== 0x80) chars += byte >= 0xf0 ? 2 : 1;
    }
    out[i] = chars;
  }
  return out;
}
