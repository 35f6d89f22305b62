import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JobLogWriter } from './jobLogWriter.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'job-log-'));
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(dir, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean);
const T0 = Date.UTC(2026, 1, 1, 10, 0, 1, 250);

describe('JobLogWriter', () => {
  it('writes VPO’s line format', () => {
    const path = join(dir, 'logs', 'a.log');
    const log = new JobLogWriter(path, { now: () => T0 });
    log.line('Scanned: /media/<b>x</b>.mkv');
    log.close();
    expect(read(path)).toEqual(['[2026-02-01T10:00:01.250000Z] Scanned: /media/<b>x</b>.mkv']);
  });

  it('writes in batches of 100 lines, like VPO', () => {
    const path = join(dir, 'b.log');
    const log = new JobLogWriter(path, { flushIntervalMs: 0 });
    for (let i = 0; i < 99; i += 1) log.line(`line ${i}`);
    expect(read(path)).toHaveLength(0);
    log.line('line 99');
    expect(read(path)).toHaveLength(100);
    log.line('line 100');
    expect(read(path)).toHaveLength(100);
    log.close();
    expect(read(path)).toHaveLength(101);
  });

  it('flushes a quiet buffer on its timer, so a reader lags by at most the interval', () => {
    const path = join(dir, 'c.log');
    const log = new JobLogWriter(path, { batchLines: 100, flushIntervalMs: 1000 });
    log.line('one');
    log.line('two');
    vi.advanceTimersByTime(999);
    expect(read(path)).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(read(path).map((l) => l.slice(30))).toEqual(['one', 'two']);
    log.close();
  });

  it('writes any text as one line: a line break or an escape sequence in a value cannot forge a line', () => {
    const path = join(dir, 'd.log');
    const log = new JobLogWriter(path, { now: () => T0 });
    log.line('Scanned: /media/ok.mkv\nERROR: disk failed.mkv');
    log.error('Traceback\n  at x\r\n  at y\u2028JOB END: SUCCESS');
    log.line('Scanned: /media/\u001b[31mRED\u001b[0m\u0007.mkv\tx');
    log.close();
    expect(read(path).map((l) => l.slice(30))).toEqual([
      'Scanned: /media/ok.mkv\\x0aERROR: disk failed.mkv',
      'ERROR: Traceback\\x0a  at x\\x0d\\x0a  at y\\u2028JOB END: SUCCESS',
      'Scanned: /media/\\x1b[31mRED\\x1b[0m\\x07.mkv\tx',
    ]);
  });

  it('writes VPO’s header and footer', () => {
    const path = join(dir, 'e.log');
    const log = new JobLogWriter(path, { now: () => T0 });
    log.header('6f1c', 'scan', '/media', { policy: 'default' });
    log.footer('success', 1.5);
    log.close();
    expect(read(path).map((l) => l.slice(30))).toEqual([
      '='.repeat(60),
      'JOB START: 6f1c',
      'Type: scan',
      'File: /media',
      'policy: default',
      '='.repeat(60),
      '='.repeat(60),
      'JOB END: SUCCESS',
      'Duration: 1.50s',
      '='.repeat(60),
    ]);
  });

  it('appends to an existing log (a retried job continues its file) and ignores lines after close', () => {
    const path = join(dir, 'f.log');
    const first = new JobLogWriter(path);
    first.line('run 1');
    first.close();
    first.line('late');
    const second = new JobLogWriter(path);
    second.line('run 2');
    second.close();
    expect(read(path).map((l) => l.slice(30))).toEqual(['run 1', 'run 2']);
  });

  it('discard drops the buffer and removes the file', () => {
    const path = join(dir, 'g.log');
    const log = new JobLogWriter(path);
    log.line('x');
    log.discard();
    expect(existsSync(path)).toBe(false);
  });
});
