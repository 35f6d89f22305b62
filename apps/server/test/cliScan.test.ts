import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/openDatabase.ts';
import { expectUsageError, runBin, runInProcess, UUID } from './cliFixtures.ts';
import { cleanupTempDirs, makeMediaTree, readJob, tempDir } from './runnerFixtures.ts';

afterEach(cleanupTempDirs);

describe('vpo-live scan', () => {
  it('enqueues a scan of the directory and prints only the new id', async () => {
    const dir = tempDir();
    const media = join(dir, 'My Media');
    makeMediaTree(media, 3, 0);
    const db = join(dir, 'data', 'jobs.db');
    openDatabase(db).close();

    const result = await runBin(['scan', media, '--pace-ms', '40', '--priority', '7', '--db', db]);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^[0-9a-f-]{36}\n$/);
    const id = result.stdout.trim();
    expect(id).toMatch(UUID);
    const conn = openDatabase(db);
    expect(readJob(conn, id)).toMatchObject({
      job_type: 'scan',
      status: 'queued',
      file_path: media,
      priority: 7,
    });
    const policy = conn
      .prepare<[string], { policy_json: string }>('SELECT policy_json FROM jobs WHERE id = ?')
      .get(id);
    expect(JSON.parse(policy?.policy_json ?? '{}')).toEqual({
      incremental: true,
      prune: false,
      verify_hash: false,
      pace_ms: 40,
    });
    conn.close();
  });

  it('reads the database path from VPO_LIVE_DB and stores the absolute directory', async () => {
    const dir = tempDir();
    const db = join(dir, 'env.db');
    openDatabase(db).close();
    const result = await runInProcess(['scan', dir, '--prune', '--full'], { VPO_LIVE_DB: db });
    expect(result.code).toBe(0);
    const conn = openDatabase(db);
    expect(readJob(conn, result.stdout.trim())?.file_path).toBe(dir);
    conn.close();
  });

  it('rejects a missing directory with exit 2 and one line, as a real process', async () => {
    const dir = tempDir();
    const result = await runBin(['scan', join(dir, 'nope'), '--db', join(dir, 'x.db')]);
    expectUsageError(result, /^vpo-live: directory not found: .*nope$/);
  });

  it.each([
    [['--pace-ms', 'abc'], /--pace-ms <n>.*'abc' is invalid/],
    [['--pace-ms', '-5'], /--pace-ms/],
    [['--pace-ms', '1.5'], /--pace-ms/],
    [['--priority', '5000'], /--priority <n>.*from 0 to 1000/],
    [['--bogus'], /unknown option '--bogus'/],
  ])('rejects %j with exit 2 and one line', async (flags, mention) => {
    const dir = tempDir();
    expectUsageError(await runInProcess(['scan', dir, ...flags, '--db', join(dir, 'x.db')]), mention);
  });

  it('rejects a file given as the directory, and a missing argument', async () => {
    const dir = tempDir();
    const file = join(dir, 'file.mkv');
    writeFileSync(file, 'x');
    expectUsageError(await runInProcess(['scan', file, '--db', join(dir, 'x.db')]), /not a directory/);
    expectUsageError(
      await runInProcess(['scan', '--db', join(dir, 'x.db')]),
      /missing required argument 'dir'/,
    );
  });

  it('rejects an empty --db with exit 2', async () => {
    const dir = tempDir();
    expectUsageError(await runInProcess(['scan', dir, '--db', '  ']), /invalid config dbPath/);
  });
});

describe('vpo-live enqueue', () => {
  it('enqueues a demo job with its overrides and prints its id', async () => {
    const dir = tempDir();
    const db = join(dir, 'x.db');
    openDatabase(db).close();
    const path = '/media/library/Movies/<img src=x onerror=alert(1)>.mkv';
    const result = await runInProcess([
      'enqueue',
      'transcode',
      path,
      '--duration-ms',
      '2000',
      '--fail',
      '--db',
      db,
    ]);
    expect(result.code).toBe(0);
    const conn = openDatabase(db);
    const job = conn
      .prepare<[string], { file_path: string; job_type: string; policy_json: string }>(
        'SELECT * FROM jobs WHERE id = ?',
      )
      .get(result.stdout.trim());
    expect(job).toMatchObject({ file_path: path, job_type: 'transcode' });
    expect(JSON.parse(job?.policy_json ?? '{}')).toEqual({ demo: { duration_ms: 2000, fail: true } });
    conn.close();
  });

  it('rejects an unknown job type with exit 2', async () => {
    const dir = tempDir();
    expectUsageError(
      await runInProcess(['enqueue', 'scan', '/x', '--db', join(dir, 'x.db')]),
      /value 'scan' is invalid for argument 'type'. Allowed choices are apply/,
    );
  });
});
