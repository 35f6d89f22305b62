import { existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { claimNextJob, finishJob } from '../src/db/jobClaims.ts';
import { insertJob } from '../src/db/jobInserts.ts';
import { expectUsageError, runBin, runInProcess } from './cliFixtures.ts';
import { cleanupTempDirs, openTestDb, readJob, tempDir } from './runnerFixtures.ts';

afterEach(cleanupTempDirs);

const T0 = Date.UTC(2026, 1, 1, 10, 0, 0);

function setup() {
  const dir = tempDir();
  const { db, path } = openTestDb(dir);
  return { dir, db, dbPath: path, logsDir: join(dir, 'logs') };
}

describe('vpo-live jobs cancel', () => {
  it('cancels a queued job by id prefix (real process) and refuses a second time with exit 1', async () => {
    const { db, dbPath } = setup();
    const id = insertJob(db, { jobType: 'apply', filePath: '/m/a.mkv' }, T0);

    const first = await runBin(['jobs', 'cancel', id.slice(0, 8), '--db', dbPath]);
    expect(first).toEqual({ code: 0, stdout: `Cancelled job ${id.slice(0, 8)}\n`, stderr: '' });
    expect(readJob(db, id)?.status).toBe('cancelled');
    expect(readJob(db, id)?.completed_at).not.toBeNull();

    const again = await runInProcess(['jobs', 'cancel', id, '--db', dbPath]);
    expect(again).toEqual({
      code: 1,
      stdout: '',
      stderr: 'vpo-live: Can only cancel queued or running jobs. Job is cancelled.\n',
    });
  });

  it('marks a running job cancelled for its runner to notice', async () => {
    const { db, dbPath } = setup();
    const id = insertJob(db, { jobType: 'scan', filePath: '/m' }, T0);
    claimNextJob(db, 99, T0);
    expect((await runInProcess(['jobs', 'cancel', id, '--db', dbPath])).code).toBe(0);
    expect(readJob(db, id)).toMatchObject({ status: 'cancelled', worker_pid: null });
  });

  it('says clearly when no job matches (exit 1), or several do', async () => {
    const { db, dbPath } = setup();
    insertJob(db, { jobType: 'move', filePath: '/a', id: 'abcd0000-0000-4000-8000-000000000001' }, T0);
    insertJob(db, { jobType: 'move', filePath: '/b', id: 'abcd0000-0000-4000-8000-000000000002' }, T0);
    const unknown = await runBin(['jobs', 'cancel', '12345678-1234-4234-8234-123456789abc', '--db', dbPath]);
    expect(unknown).toEqual({
      code: 1,
      stdout: '',
      stderr: 'vpo-live: Job not found: 12345678-1234-4234-8234-123456789abc\n',
    });
    const ambiguous = await runInProcess(['jobs', 'cancel', 'abcd', '--db', dbPath]);
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toBe("vpo-live: Multiple jobs match 'abcd'. Be more specific.\n");
  });

  it.each(['zz', 'abc', '<img src=x onerror=alert(1)>', 'abcd%', "abcd' OR 1=1 --"])(
    'rejects the malformed id %j with exit 2',
    async (bad) => {
      const { dbPath } = setup();
      expectUsageError(
        await runInProcess(['jobs', 'cancel', bad, '--db', dbPath]),
        /^vpo-live: invalid job id/,
      );
    },
  );
});

describe('vpo-live jobs retry', () => {
  it('puts a failed job back in the queue with its run fields cleared (real process)', async () => {
    const { db, dbPath } = setup();
    const id = insertJob(db, { jobType: 'transcode', filePath: '/m/t.mkv' }, T0);
    const claim = claimNextJob(db, 5, T0 + 1000);
    if (!claim) throw new Error('no claim');
    finishJob(db, claim, { status: 'failed', errorMessage: 'ffmpeg exited with code 1' }, T0 + 5000);

    const result = await runBin(['jobs', 'retry', id, '--db', dbPath]);

    expect(result).toEqual({ code: 0, stdout: `Requeued job ${id.slice(0, 8)}\n`, stderr: '' });
    expect(readJob(db, id)).toMatchObject({
      status: 'queued',
      started_at: null,
      completed_at: null,
      error_message: null,
      progress_percent: 0,
      worker_pid: null,
    });
  });

  it('refuses to retry a queued or completed job (exit 1)', async () => {
    const { db, dbPath } = setup();
    const id = insertJob(db, { jobType: 'prune', filePath: '/m' }, T0);
    const result = await runInProcess(['jobs', 'retry', id, '--db', dbPath]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('vpo-live: Can only retry failed or cancelled jobs. Job is queued.\n');
  });
});

describe('vpo-live jobs delete', () => {
  it('deletes the row and its log file (real process)', async () => {
    const { db, dbPath, logsDir } = setup();
    const id = insertJob(db, { jobType: 'scan', filePath: '/m' }, T0);
    mkdirSync(logsDir, { recursive: true });
    const log = join(logsDir, `${id}.log`);
    writeFileSync(log, '[2026-02-01T10:00:00.000000Z] JOB START\n');
    const other = join(logsDir, 'keep.log');
    writeFileSync(other, 'x');

    const result = await runBin(['jobs', 'delete', id, '--db', dbPath]);

    expect(result).toEqual({ code: 0, stdout: `Deleted job ${id.slice(0, 8)}\n`, stderr: '' });
    expect(readJob(db, id)).toBeUndefined();
    expect(existsSync(log)).toBe(false);
    expect(existsSync(other)).toBe(true);
    expect((await runInProcess(['jobs', 'delete', id, '--db', dbPath])).code).toBe(1);
  });

  it('refuses a running job unless --force, as the pages do, and keeps its log', async () => {
    const { db, dbPath, logsDir } = setup();
    const id = insertJob(db, { jobType: 'scan', filePath: '/m' }, T0);
    db.prepare(`UPDATE jobs SET status = 'running' WHERE id = ?`).run(id);
    mkdirSync(logsDir, { recursive: true });
    const log = join(logsDir, `${id}.log`);
    writeFileSync(log, 'x');

    const refused = await runInProcess(['jobs', 'delete', id, '--db', dbPath]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      'vpo-live: Can only delete queued, completed, failed or cancelled jobs. Job is running. Cancel it first, or pass --force.\n',
    );
    expect(readJob(db, id)?.status).toBe('running');
    expect(existsSync(log)).toBe(true);

    const forced = await runInProcess(['jobs', 'delete', id, '--force', '--db', dbPath]);
    expect(forced).toMatchObject({ code: 0, stdout: `Deleted job ${id.slice(0, 8)}\n` });
    expect(readJob(db, id)).toBeUndefined();
    expect(existsSync(log)).toBe(false);
  });
});

describe('help', () => {
  it.each([
    [[]],
    [['serve']],
    [['scan']],
    [['seed']],
    [['enqueue']],
    [['jobs']],
    [['jobs', 'cancel']],
    [['jobs', 'retry']],
    [['jobs', 'delete']],
  ])('%j --help prints usage and exits 0', async (words) => {
    const result = await runInProcess([...words, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: vpo-live/);
  });

  it('--version prints the package version and exits 0', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    for (const flag of ['--version', '-V']) {
      expect(await runInProcess([flag])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    }
  });

  it('an unknown command is a usage error with a suggestion', async () => {
    expectUsageError(
      await runInProcess(['sacn']),
      /^vpo-live: unknown command 'sacn' \(Did you mean scan\?\)$/,
    );
  });
});
