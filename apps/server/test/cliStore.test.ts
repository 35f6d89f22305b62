import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR, DEFAULT_DB_PATH } from '../src/config/serverConfig.ts';
import { openDatabase } from '../src/db/openDatabase.ts';
import {
  eventually,
  exitOf,
  expectUsageError,
  runBin,
  runInProcess,
  spawnBin,
  UUID,
  waitForLine,
} from './cliFixtures.ts';
import { cleanupTempDirs, makeMediaTree, tempDir } from './runnerFixtures.ts';

afterEach(cleanupTempDirs);

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SERVER_DIR = fileURLToPath(new URL('../', import.meta.url));

describe('one database, whatever the directory', () => {
  it("defaults to the workspace's .data/ from any working directory (real processes, --verbose)", async () => {
    expect(DEFAULT_DB_PATH).toBe(join(REPO_ROOT, '.data', 'vpo-live.db'));
    const said = async (cwd: string) =>
      (await runBin(['jobs', 'list', '--verbose'], {}, { cwd })).stderr.split('\n')[0];
    const expected = `vpo-live: database ${DEFAULT_DB_PATH}, data folder ${DEFAULT_DATA_DIR} (from the workspace's .data/)`;
    // Read-only: with no database there the command stops at exit 2; with one, it only lists.
    expect(await said(REPO_ROOT)).toBe(expected);
    expect(await said(join(SERVER_DIR, 'src'))).toBe(expected);
    expect(await said(tempDir())).toBe(expected);
  });

  it('says with --verbose which database it uses and what chose it', async () => {
    const dir = tempDir();
    const db = join(dir, 'jobs.db');
    openDatabase(db).close();
    const first = async (args: string[], env: Record<string, string> = {}) =>
      (await runInProcess(['jobs', 'list', '--verbose', ...args], env)).stderr;
    expect(await first(['--db', db])).toBe(`vpo-live: database ${db}, data folder ${dir} (from --db)\n`);
    expect(await first([], { VPO_LIVE_DB: db })).toBe(
      `vpo-live: database ${db}, data folder ${dir} (from env VPO_LIVE_DB)\n`,
    );
    // A data folder alone holds the database.
    const inDir = join(dir, 'vpo-live.db');
    openDatabase(inDir).close();
    expect(await first(['--data-dir', dir])).toBe(
      `vpo-live: database ${inDir}, data folder ${dir} (from --data-dir)\n`,
    );
    expect(await first([], { VPO_LIVE_DATA_DIR: dir })).toBe(
      `vpo-live: database ${inDir}, data folder ${dir} (from env VPO_LIVE_DATA_DIR)\n`,
    );
  });

  it.each([
    [['scan', '.']],
    [['enqueue', 'move', '/m/a.mkv']],
    [['seed', '--jobs', '5']],
    [['jobs', 'list']],
    [['jobs', 'show', 'abcd']],
    [['jobs', 'logs', 'abcd']],
    [['jobs', 'cancel', 'abcd']],
    [['jobs', 'retry', 'abcd']],
    [['jobs', 'delete', 'abcd']],
  ])('%j refuses a database that does not exist: one line, exit 2, nothing created', async (words) => {
    const dir = tempDir();
    const db = join(dir, 'sub', 'missing.db');
    expectUsageError(
      await runInProcess([...words, '--db', db]),
      new RegExp(`^vpo-live: no database at ${db} \\(from --db\\): start 'vpo-live serve' once`),
    );
    expect(existsSync(join(dir, 'sub'))).toBe(false);
  });

  it('seed --create makes a new database on purpose', async () => {
    const dir = tempDir();
    const db = join(dir, 'new.db');
    const result = await runInProcess(['seed', '--jobs', '5', '--seed', '1', '--create', '--db', db]);
    expect(result.code).toBe(0);
    expect(existsSync(db)).toBe(true);
  });

  it('a scan enqueued from a subfolder runs on the server’s database (real processes)', async () => {
    const data = tempDir();
    const media = join(tempDir(), 'Media');
    makeMediaTree(media, 4, 0);
    // The server runs from the repository root, the CLI from apps/server — the newcomer's two shells.
    const env = { VPO_LIVE_DATA_DIR: data };
    const strayBefore = existsSync(join(SERVER_DIR, '.data'));
    const server = spawnBin(['serve', '--port', '0', '--log-level', 'silent', '--log-format', 'json'], env, {
      cwd: REPO_ROOT,
    });
    try {
      const base = /"url":"(http:\/\/[^"]+)"/.exec(await waitForLine(server, /vpo-live serving/))?.[1] ?? '';
      const scan = await runBin(['scan', relative(SERVER_DIR, media)], env, { cwd: SERVER_DIR });
      expect(scan).toMatchObject({ code: 0, stderr: '' });
      const id = scan.stdout.trim();
      expect(id).toMatch(UUID);
      let status = '';
      await eventually(async () => {
        const response = await fetch(`${base}/api/jobs/${id}`);
        status = ((await response.json()) as { status: string }).status;
        return status === 'completed' || status === 'failed';
      });
      expect(status).toBe('completed');
      // No second database next to where the CLI ran (the old default was ./.data of the current directory).
      expect(existsSync(join(SERVER_DIR, '.data'))).toBe(strayBefore);
    } finally {
      server.kill('SIGTERM');
      await exitOf(server);
    }
  });
});
