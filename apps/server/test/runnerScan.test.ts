import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { insertJob } from '../src/db/jobInserts.ts';
import { createVirtualRunnerClock } from '../src/runner/runnerClock.ts';
import { createJobRunner } from '../src/runner/jobRunner.ts';
import { scanPolicyJson } from '../src/runner/scan/scanPolicy.ts';
import {
  cleanupTempDirs,
  logLines,
  makeMediaTree,
  openTestDb,
  readJob,
  recordProgressWrites,
  summaryOf,
  tempDir,
} from './runnerFixtures.ts';

afterEach(cleanupTempDirs);

const T0 = Date.UTC(2026, 1, 1, 10, 0, 0);
const LINE = /^\[\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z\] /;

function setup(fileCount: number) {
  const dir = tempDir();
  const media = join(dir, 'media library');
  const tree = makeMediaTree(media, fileCount);
  const { db } = openTestDb(dir);
  const logsDir = join(dir, 'logs');
  const clock = createVirtualRunnerClock(T0);
  const progress = recordProgressWrites(db);
  const runner = createJobRunner({ db, logsDir, clock, concurrency: 1, progressIntervalMs: 250 });
  return { dir, media, tree, db, logsDir, clock, progress, runner };
}

describe('scan jobs', () => {
  it('walks the directory, hashes every file, stores files and errors, and writes VPO’s summary', async () => {
    const { media, tree, db, logsDir, runner } = setup(24);
    const id = insertJob(
      db,
      { jobType: 'scan', filePath: media, policyJson: scanPolicyJson({ paceMs: 100 }) },
      T0,
    );

    expect(await runner.drain()).toBe(1);

    const job = readJob(db, id);
    expect(job).toMatchObject({
      status: 'completed',
      progress_percent: 100,
      total_count: 25,
      processed_count: 25,
    });
    expect(job?.error_message).toBeNull();
    expect(summaryOf(db, id)).toEqual({
      total_discovered: 25,
      scanned: 24,
      skipped: 0,
      added: 24,
      removed: 0,
      errors: 1,
    });
    const rows = db
      .prepare<
        [string],
        { path: string; content_hash: string | null; scan_status: string; size_bytes: number }
      >('SELECT path, content_hash, scan_status, size_bytes FROM files WHERE job_id = ? ORDER BY path')
      .all(id);
    const ok = new Map(rows.filter((r) => r.scan_status === 'ok').map((r) => [r.path, r]));
    expect(ok.size).toBe(24);
    for (const file of tree.files)
      expect(ok.get(file.path)).toMatchObject({ content_hash: file.sha256, size_bytes: file.size });
    const errors = db
      .prepare<[string], { path: string; filename: string; scan_error: string }>(
        "SELECT path, filename, scan_error FROM files WHERE job_id = ? AND scan_status = 'error'",
      )
      .all(id);
    expect(errors).toEqual([
      { path: tree.broken[0], filename: 'Broken link 0.mkv', scan_error: expect.stringMatching(/ENOENT/) },
    ]);

    const lines = logLines(logsDir, id);
    for (const line of lines) expect(line).toMatch(LINE);
    expect(lines.some((l) => l.endsWith(`JOB START: ${id}`))).toBe(true);
    for (const file of tree.files)
      expect(lines.filter((l) => l.includes(`Scanned: ${file.path} `))).toHaveLength(1);
    expect(lines.filter((l) => l.includes(`ERROR: ${tree.broken[0]}: ENOENT`))).toHaveLength(1);
    expect(lines.find((l) => l.includes('Scan complete: '))).toMatch(/ 24 added, 0 removed, 1 error(;|$)/);
    expect(lines.at(-3)).toMatch(/JOB END: SUCCESS$/);
    expect(job?.log_path).toBe(`logs/${id}.log`);
  });

  it('writes one log line per file whatever its name holds: a line break or an escape cannot forge a line', async () => {
    const { media, db, logsDir, runner } = setup(0);
    const hostile = [
      'ok.mkv\nERROR: disk sda failed.mkv',
      'b.mkv\r\n[2026-02-01T10:00:00.000000Z] JOB END: SUCCESS',
      '\u001b[31mRED\u001b[0m\u0007.mkv',
    ];
    for (const name of hostile) writeFileSync(join(media, name), name);
    const id = insertJob(db, { jobType: 'scan', filePath: media, policyJson: scanPolicyJson({}) }, T0);

    expect(await runner.drain()).toBe(1);

    expect(readJob(db, id)?.status).toBe('completed');
    const lines = logLines(logsDir, id);
    for (const line of lines) expect(line).toMatch(LINE);
    expect(lines.filter((l) => l.includes('Scanned: '))).toHaveLength(hostile.length);
    // The lines that start as an error or an end: the setup's broken link and the run's own end, nothing forged.
    expect(lines.map((l) => l.slice(30)).filter((text) => /^(ERROR|JOB END)/.test(text))).toEqual([
      expect.stringMatching(/^ERROR: .*Broken link 0\.mkv: ENOENT/),
      'JOB END: SUCCESS',
    ]);
    expect(lines.join('\n')).not.toContain('\u001b');
    expect(lines.some((l) => l.includes('ok.mkv\\x0aERROR: disk sda failed.mkv'))).toBe(true);
  });

  it('reports progress monotonically, at a bounded rate, not once per file', async () => {
    const { media, db, clock, progress, runner } = setup(120);
    const id = insertJob(
      db,
      { jobType: 'scan', filePath: media, policyJson: scanPolicyJson({ paceMs: 50 }) },
      T0,
    );

    await runner.drain();

    const writes = progress(id).filter((w) => w.processed !== null);
    const elapsed = clock.now() - T0;
    expect(elapsed).toBeGreaterThanOrEqual(121 * 50);
    // At most one write per 250 ms of (virtual) run time, plus the first (total known), the last pending
    // reading and the completion.
    expect(writes.length).toBeLessThanOrEqual(Math.floor(elapsed / 250) + 3);
    expect(writes.length).toBeLessThan(121 / 4);
    expect(writes.length).toBeGreaterThan(5);
    for (let i = 1; i < writes.length; i += 1) {
      expect(writes[i]?.percent).toBeGreaterThanOrEqual(writes[i - 1]?.percent ?? 0);
      expect(writes[i]?.processed).toBeGreaterThanOrEqual(writes[i - 1]?.processed ?? 0);
    }
    expect(writes[0]).toMatchObject({ processed: 0, total: 121 });
    expect(writes.every((w) => w.total === 121)).toBe(true);
    expect(writes.filter((w) => w.percent >= 100)).toHaveLength(1);
    expect(readJob(db, id)?.status).toBe('completed');
  });

  it('skips unchanged files on the next scan and prunes removed ones', async () => {
    const { media, tree, db, runner } = setup(10);
    const first = insertJob(db, { jobType: 'scan', filePath: media }, T0);
    await runner.drain();
    expect(summaryOf(db, first)).toMatchObject({ scanned: 10, added: 10 });

    const [changed, removed] = tree.files;
    writeFileSync(changed?.path ?? '', 'new content, new size');
    rmSync(removed?.path ?? '');
    writeFileSync(join(media, 'New arrival.mkv'), 'fresh');
    const second = insertJob(
      db,
      { jobType: 'scan', filePath: media, policyJson: scanPolicyJson({ prune: true }) },
      T0,
    );
    await runner.drain();

    expect(summaryOf(db, second)).toEqual({
      total_discovered: 11,
      scanned: 2,
      skipped: 8,
      added: 1,
      removed: 1,
      errors: 1,
    });
    expect(db.prepare('SELECT COUNT(*) AS n FROM files WHERE path = ?').get(removed?.path)).toEqual({ n: 0 });
  });

  it('fails a scan of a missing directory with a clear error_message', async () => {
    const { dir, db, logsDir, runner } = setup(0);
    const missing = join(dir, 'no such folder');
    const id = insertJob(db, { jobType: 'scan', filePath: missing }, T0);
    await runner.drain();
    const job = readJob(db, id);
    expect(job?.status).toBe('failed');
    expect(job?.error_message).toMatch(
      new RegExp(`^Directory not found: ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
    );
    expect(job?.completed_at).not.toBeNull();
    expect(logLines(logsDir, id).some((l) => l.endsWith('JOB END: FAILED'))).toBe(true);
  });
});
