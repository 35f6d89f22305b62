import { appendFileSync, mkdtempSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LineIndex } from './lineIndex.ts';
import { LogIndexCache } from './logIndexCache.ts';
import { logVersion, readLog } from './readLog.ts';

let dir: string;
let path: string;
let cache: LogIndexCache;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'vpo-live-log-'));
  path = join(dir, 'job.log');
  cache = new LogIndexCache();
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const lines = (from: number, count: number): string[] =>
  Array.from({ length: count }, (_, i) => `[2026-02-01T10:00:00.000000Z] line ${from + i}`);
const write = (text: string) => writeFileSync(path, text);
const append = (text: string) => appendFileSync(path, text);

describe('readLog', () => {
  it('returns an empty log for a missing file', async () => {
    expect(await readLog(cache, path, { offset: 0, lines: 500 })).toMatchObject({
      lines: [],
      total_lines: 0,
      has_more: false,
    });
  });

  it('pages by offset from the start, with has_more = offset + len(lines) < total', async () => {
    write(`${lines(0, 10).join('\n')}\n`);
    const first = await readLog(cache, path, { offset: 0, lines: 4 });
    expect(first).toMatchObject({ lines: lines(0, 4), total_lines: 10, has_more: true });
    const last = await readLog(cache, path, { offset: 8, lines: 4 });
    expect(last).toMatchObject({ lines: lines(8, 2), total_lines: 10, has_more: false });
    const past = await readLog(cache, path, { offset: 50, lines: 4 });
    expect(past).toMatchObject({ lines: [], total_lines: 10, has_more: false });
  });

  it('does not serve a partial last line until its newline is written', async () => {
    write('one\ntwo\nthr');
    expect(await readLog(cache, path, { offset: 0, lines: 10 })).toMatchObject({
      lines: ['one', 'two'],
      total_lines: 2,
    });
    append('ee\nfo');
    expect(await readLog(cache, path, { offset: 2, lines: 10 })).toMatchObject({
      lines: ['three'],
      total_lines: 3,
    });
  });

  it('keeps its version while only a partial line grows, and changes it with each complete line', async () => {
    write('one\n');
    const window = { offset: 0, lines: 10 };
    const v1 = await logVersion(cache, path, window);
    append('tw');
    expect(await logVersion(cache, path, window)).toBe(v1);
    append('o\n');
    expect(await logVersion(cache, path, window)).not.toBe(v1);
    expect(await logVersion(cache, path, { offset: 1, lines: 10 })).not.toBe(
      await logVersion(cache, path, window),
    );
  });

  it('strips CR of CRLF lines and replaces invalid UTF-8 like Python errors="replace"', async () => {
    writeFileSync(path, Buffer.concat([Buffer.from('a\r\nb', 'utf8'), Buffer.from([0xff, 0x0a])]));
    expect((await readLog(cache, path, { offset: 0, lines: 10 })).lines).toEqual(['a', 'b\uFFFD']);
  });

  it('keeps multi-byte characters intact across the scan chunks', async () => {
    const text = `${'é'.repeat(700_000)}\n${'日本'.repeat(10)}\n`;
    write(text);
    const page = await readLog(cache, path, { offset: 1, lines: 1 });
    expect(page.lines).toEqual(['日本'.repeat(10)]);
  });

  it('re-indexes a file that shrank (truncated and rewritten)', async () => {
    write(`${lines(0, 5).join('\n')}\n`);
    const before = await readLog(cache, path, { offset: 0, lines: 10 });
    truncateSync(path, 0);
    write('new 1\n');
    const after = await readLog(cache, path, { offset: 0, lines: 10 });
    expect(after).toMatchObject({ lines: ['new 1'], total_lines: 1 });
    expect(after.version).not.toBe(before.version);
  });

  it('re-indexes a file replaced by another one (new inode), even when it grew', async () => {
    write('a\n');
    await readLog(cache, path, { offset: 0, lines: 10 });
    const other = join(dir, 'other.log');
    writeFileSync(other, 'x\ny\nz\n');
    renameSync(other, path);
    expect(await readLog(cache, path, { offset: 0, lines: 10 })).toMatchObject({ lines: ['x', 'y', 'z'] });
  });

  it('re-indexes a file rewritten in place with more bytes than before', async () => {
    write('aaaa\nbb\n');
    await readLog(cache, path, { offset: 0, lines: 10 });
    // Same inode, larger size, and a newline where the old index ended: only the content tells.
    write('aaaaaaa\nbbbbbbbbb\n');
    expect(await readLog(cache, path, { offset: 0, lines: 10 })).toMatchObject({
      lines: ['aaaaaaa', 'bbbbbbbbb'],
      total_lines: 2,
    });
  });

  it('returns an empty log once the file is deleted', async () => {
    write('a\n');
    await readLog(cache, path, { offset: 0, lines: 10 });
    rmSync(path);
    expect(await readLog(cache, path, { offset: 0, lines: 10 })).toMatchObject({ lines: [], total_lines: 0 });
  });

  it('serializes concurrent refreshes: no line is indexed twice', async () => {
    write(`${lines(0, 1000).join('\n')}\n`);
    const pages = await Promise.all(
      Array.from({ length: 8 }, (_, i) => readLog(cache, path, { offset: i * 100, lines: 100 })),
    );
    pages.forEach((page, i) => {
      expect(page.total_lines).toBe(1000);
      expect(page.lines).toEqual(lines(i * 100, 100));
    });
  });

  it('on a 1,000,000-line log scans only the appended bytes and reads only the requested lines', async () => {
    const total = 1_000_000;
    write(`${Array.from({ length: total }, (_, i) => `l${i}`).join('\n')}\n`);
    const extend = vi.spyOn(LineIndex.prototype, 'extend');
    const first = await readLog(cache, path, { offset: 999_990, lines: 5 });
    expect(first.lines).toEqual(['l999990', 'l999991', 'l999992', 'l999993', 'l999994']);
    expect(first.total_lines).toBe(total);

    const scanned: number[] = [];
    extend.mockImplementation(async function (this: LineIndex, file, size) {
      scanned.push(size - this.end);
      extend.mockRestore();
      await LineIndex.prototype.extend.call(this, file, size);
    });
    append('l1000000\nl1000001\n');
    const next = await readLog(cache, path, { offset: total, lines: 500 });
    expect(next).toMatchObject({ lines: ['l1000000', 'l1000001'], total_lines: total + 2, has_more: false });
    expect(scanned).toEqual([Buffer.byteLength('l1000000\nl1000001\n')]);
    // Unchanged file: no scan at all.
    const spy = vi.spyOn(LineIndex.prototype, 'extend');
    await readLog(cache, path, { offset: 0, lines: 1 });
    expect(spy).not.toHaveBeenCalled();
  });

  it('bounds the number of indexed files', async () => {
    const small = new LogIndexCache(2);
    for (const name of ['a', 'b', 'c']) {
      writeFileSync(join(dir, name), 'x\n');
      await readLog(small, join(dir, name), { offset: 0, lines: 1 });
    }
    expect(small.size).toBe(2);
  });
});
