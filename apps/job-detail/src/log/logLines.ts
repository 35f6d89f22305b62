/**
 * A compact, append-only store of log lines. A million lines kept as a million JS strings would cost a
 * string header per line on the JS heap; here lines are UTF-8 bytes packed into large chunks, with two typed
 * arrays locating each line. Only the rows on screen are ever decoded back into strings.
 */

const CHUNK_BYTES = 1 << 20;
const INITIAL_LINES = 1024;

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Append-only lines (plus replacing the last one), addressed by index. */
export class LogLines {
  private chunks: Uint8Array[] = [];
  /** Bytes used in the last chunk. */
  private used = 0;
  private chunkOf: Uint32Array = new Uint32Array(INITIAL_LINES);
  private startOf: Uint32Array = new Uint32Array(INITIAL_LINES);
  private endOf: Uint32Array = new Uint32Array(INITIAL_LINES);
  private count = 0;

  /** Number of lines held. */
  get length(): number {
    return this.count;
  }

  /** Adds lines at the end. */
  append(lines: readonly string[]): void {
    for (const line of lines) this.push(line);
  }

  /** Replaces the last line (a line completed after it was first read half-written). */
  replaceLast(line: string): void {
    if (this.count === 0) return this.push(line);
    const last = this.count - 1;
    // The last line always sits at the end of the last chunk, so its bytes can simply be overwritten.
    this.used = this.startOf[last] as number;
    this.count = last;
    this.push(line);
  }

  /** Drops every line and frees the memory. */
  clear(): void {
    this.chunks = [];
    this.used = 0;
    this.chunkOf = new Uint32Array(INITIAL_LINES);
    this.startOf = new Uint32Array(INITIAL_LINES);
    this.endOf = new Uint32Array(INITIAL_LINES);
    this.count = 0;
  }

  /** The line at `index`, or undefined outside `0 .. length − 1`. */
  get(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.count) return undefined;
    const chunk = this.chunks[this.chunkOf[index] as number] as Uint8Array;
    return decoder.decode(chunk.subarray(this.startOf[index], this.endOf[index]));
  }

  /** Lines `start .. end − 1` (clamped to what is held). */
  slice(start = 0, end = this.count): string[] {
    const from = Math.max(0, Math.floor(start));
    const to = Math.min(this.count, Math.floor(end));
    const out: string[] = [];
    for (let i = from; i < to; i++) out.push(this.get(i) as string);
    return out;
  }

  /** Bytes reserved for the line text and its index (for measurements). */
  get byteSize(): number {
    let total = this.chunkOf.byteLength + this.startOf.byteLength + this.endOf.byteLength;
    for (const chunk of this.chunks) total += chunk.byteLength;
    return total;
  }

  private push(line: string): void {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    const worst = line.length * 3;
    let chunk = this.chunks[this.chunks.length - 1];
    if (chunk === undefined || chunk.byteLength - this.used < worst) {
      chunk = new Uint8Array(Math.max(CHUNK_BYTES, worst));
      this.chunks.push(chunk);
      this.used = 0;
    }
    const { written } = encoder.encodeInto(line, chunk.subarray(this.used));
    this.ensureIndexCapacity();
    this.chunkOf[this.count] = this.chunks.length - 1;
    this.startOf[this.count] = this.used;
    this.endOf[this.count] = this.used + written;
    this.used += written;
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
