/**
 * Whatever the runner counted as processed has its log line on disk: the server is killed (SIGKILL) at
 * random points of a scan, again and again, and after every kill the log of the interrupted run holds a line
 * for every file the job's row counts.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/openDatabase.ts';
import { exitOf, runBin, spawnBin, UUID, waitForLine } from './cliFixtures.ts';
import { cleanupTempDirs, makeMediaTree, tempDir } from './runnerFixtures.ts';

afterEach(cleanupTempDirs);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const PER_FILE = / (Scanned|Skipped \(unchanged\)|ERROR): /;

/** The job's processed count, read as the next server would find it. */
function processedCount(dbPath: string, id: string): number {
  const db = new Database(dbPath, { readonly: true });
  try {
    const row = db.prepare('SELECT processed_count FROM jobs WHERE id = ?').get(id) as
      { processed_count: number | null } | undefined;
    return row?.processed_count ?? 0;
  } finally {
    db.close();
  }
}

/** Per-file lines of the last run in the log (after its last header). */
function linesOfLastRun(logPath: string, id: string): number {
  const lines = readFileSync(logPath, 'utf8').split('\n');
  let start = 0;
  for (const [i, line] of lines.entries()) if (line.endsWith(`JOB START: ${id}`)) start = i;
  return lines.slice(start).filter((line) => PER_FILE.test(line)).length;
}

describe('a server killed mid-scan', () => {
  it('has a log line on disk for every file counted, at 20 random kill points', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'kill.db');
    const media = join(dir, 'media');
    makeMediaTree(media, 400, 0);
    openDatabase(dbPath).close();
    const enqueued = await runBin(['scan', media, '--pace-ms', '3', '--db', dbPath]);
    const id = enqueued.stdout.trim();
    expect(id).toMatch(UUID);
    const logPath = join(dir, 'logs', `${id}.log`);
    const checked: { counted: number; logged: number }[] = [];
    for (let kill = 0; kill < 20; kill += 1) {
      const server: ChildProcess = spawnBin([
        'serve',
        '--port',
        '0',
        '--db',
        dbPath,
        '--log-level',
        'silent',
      ]);
      await waitForLine(server, /http:\/\//);
      // Wait until this run has counted something, then let it go on for a random while.
      for (let i = 0; i < 2000 && processedCount(dbPath, id) === 0; i += 1) await sleep(5);
      await sleep(Math.floor(Math.random() * 400));
      server.kill('SIGKILL');
      await exitOf(server);
      const counted = processedCount(dbPath, id);
      checked.push({ counted, logged: linesOfLastRun(logPath, id) });
    }
    for (const { counted, logged } of checked) expect(logged).toBeGreaterThanOrEqual(counted);
    // The kills really landed mid-scan: the runs had counted files but not all of them.
    expect(checked.some(({ counted }) => counted > 0 && counted < 400)).toBe(true);
  }, 180_000);
});
