import type { FileHandle } from 'node:fs/promises';

const NEWLINE = 0x0a;
const SCAN_CHUNK_BYTES = 1 << 20;

/**
 * Byte offsets of the complete lines of one append-only file. It grows by scanning only the bytes added
 * since the last call; a line without its trailing newline yet is not part of it until the newline lands.
 * Offsets live in a doubling Float64Array: a million lines cost 8–16 MB, not a million JS numbers.
 */
export class LineIndex {
  private starts = new Float64Array(1024);
  /** Number of complete lines. */
  count = 0;
  /** Byte offset just after the last complete line (where the pending partial line starts). */
  end = 0;

  constructor(
    /** Distinguishes this index from any earlier one of the same path (part of the log's ETag). */
    readonly generation: number,
    /** Inode of the indexed file: a replaced file (rotation, rewrite) gets a new index. */
    readonly inode: number,
  ) {}

  /** Scans `[this.end, size)` of the open file and records every newline found. */
  async extend(file: FileHandle, size: number): Promise<void> {
    const buffer = Buffer.allocUnsafe(Math.min(SCAN_CHUNK_BYTES, Math.max(1, size - this.end)));
    let position = this.end;
    while (position < size) {
      const { bytesRead } = await file.read(buffer, 0, Math.min(buffer.length, size - position), position);
      if (bytesRead === 0) break;
      let from = 0;
      for (;;) {
        const at = buffer.indexOf(NEWLINE, from);
        if (at < 0 || at >= bytesRead) break;
        this.push(this.end);
        this.end = position + at + 1;
        from = at + 1;
      }
      position += bytesRead;
    }
  }

  /** Byte offset where line `line` starts (`end` for `line === count`). */
  startOf(line: number): number {
    return line >= this.count ? this.end : (this.starts[line] ?? this.end);
  }

  private push(offset: number): void {
    if (this.count === this.starts.length) {
      const grown = new Float64Array(this.starts.length * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[this.count] = offset;
    this.count += 1;
  }
}
