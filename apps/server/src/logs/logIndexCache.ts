import { statSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { LineIndex } from './lineIndex.ts';

/** What a refresh found: the current index (null when the file does not exist). */
export type IndexedLog = { readonly index: LineIndex; readonly path: string } | null;

interface Entry {
  index: LineIndex;
  size: number;
  mtimeMs: number;
  /** The last bytes of the indexed part: if they differ later, the file was rewritten, not appended to. */
  tail: Buffer;
}

const TAIL_BYTES = 256;

async function readTail(file: FileHandle, end: number): Promise<Buffer> {
  const length = Math.min(TAIL_BYTES, end);
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, end - length);
  return buffer.subarray(0, bytesRead);
}

let generations = 0;

/**
 * Line indexes of recently read log files, keyed by path, bounded (least recently used dropped first).
 * Each refresh costs one `stat`; bytes are scanned only when the file grew. The index restarts from zero
 * when the file shrank, was replaced (new inode), or was rewritten in place (the last indexed bytes changed).
 *
 * @example
 * const cache = new LogIndexCache();
 * const log = await cache.refresh('/data/logs/<id>.log'); // log?.index.count complete lines
 */
export class LogIndexCache {
  private readonly entries = new Map<string, Entry>();
  /** The last queued refresh per path: refreshes of one file run one at a time, never scanning twice. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(private readonly maxFiles = 64) {}

  /** Number of files currently indexed. */
  get size(): number {
    return this.entries.size;
  }

  refresh(path: string): Promise<IndexedLog> {
    const previous = this.queues.get(path);
    if (previous === undefined) {
      // Fast path (every poll of an unchanged log): nothing in flight, one stat, no scan, no queue.
      const current = this.unchanged(path);
      if (current !== undefined) return Promise.resolve(current);
    }
    const next = (previous ?? Promise.resolve()).then(() => this.refreshNow(path));
    const settled = next.catch(() => undefined);
    this.queues.set(path, settled);
    void settled.then(() => {
      if (this.queues.get(path) === settled) this.queues.delete(path);
    });
    return next;
  }

  /** The indexed log when the file is exactly as last indexed (or gone: null); undefined when it changed. */
  private unchanged(path: string): IndexedLog | undefined {
    // A synchronous stat costs a few µs; the async one a round trip through the thread pool.
    const info = statSync(path, { throwIfNoEntry: false });
    if (info === undefined || !info.isFile()) {
      this.entries.delete(path);
      return null;
    }
    const entry = this.entries.get(path);
    if (
      entry === undefined ||
      entry.size !== info.size ||
      entry.mtimeMs !== info.mtimeMs ||
      entry.index.inode !== info.ino
    ) {
      return undefined;
    }
    this.touch(path, entry);
    return { index: entry.index, path };
  }

  private async refreshNow(path: string): Promise<IndexedLog> {
    const current = this.unchanged(path);
    if (current !== undefined) return current;
    const info = statSync(path, { throwIfNoEntry: false });
    if (info === undefined || !info.isFile()) {
      this.entries.delete(path);
      return null;
    }
    let entry = this.entries.get(path);
    const file = await open(path, 'r');
    try {
      if (entry === undefined || !(await this.stillValid(entry, file, info.size, info.ino))) {
        entry = { index: new LineIndex(++generations, info.ino), size: 0, mtimeMs: 0, tail: Buffer.alloc(0) };
      }
      await entry.index.extend(file, info.size);
      entry.tail = await readTail(file, entry.index.end);
      entry.size = info.size;
      entry.mtimeMs = info.mtimeMs;
    } finally {
      await file.close();
    }
    this.touch(path, entry);
    return { index: entry.index, path };
  }

  private async stillValid(entry: Entry, file: FileHandle, size: number, inode: number): Promise<boolean> {
    const { index } = entry;
    if (index.inode !== inode || size < index.end) return false;
    return (await readTail(file, index.end)).equals(entry.tail);
  }

  private touch(path: string, entry: Entry): void {
    this.entries.delete(path);
    this.entries.set(path, entry);
    while (this.entries.size > this.maxFiles) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
