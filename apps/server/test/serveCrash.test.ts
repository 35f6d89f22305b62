/**
 * A server killed with SIGKILL leaves its running job marked running. The next server on the same host must
 * see at once that the worker process is gone and run the job again, instead of waiting out VPO's 300 s
 * heartbeat timeout.
 */
import type { ChildProcess } from 'node:child_process';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exitOf, runBin, spawnBin, UUID, waitForLine } from './cliFixtures.ts';
import { cleanupTempDirs, tempDir } from './runnerFixtures.ts';

afterEach(cleanupTempDirs);

interface Detail {
  status: string;
  started_at: string | null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function serve(db: string): Promise<{ child: ChildProcess; base: string }> {
  const child = spawnBin([
    'serve',
    '--port',
    '0',
    '--db',
    db,
    '--log-level',
    'silent',
    '--log-flush-ms',
    '50',
  ]);
  const line = await waitForLine(child, /http:\/\/[^/\s]+\/jobs/);
  return { child, base: /(http:\/\/[^/\s]+)\/jobs/.exec(line)?.[1] ?? '' };
}

/** Polls the job until `check` holds; each poll is one request, so the bound is a count, not a clock. */
async function pollJob(base: string, id: string, check: (job: Detail) => boolean): Promise<Detail> {
  let job: Detail | undefined;
  for (let i = 0; i < 400; i += 1) {
    job = (await (await fetch(`${base}/api/jobs/${id}`)).json()) as Detail;
    if (check(job)) return job;
    await sleep(50);
  }
  throw new Error(`job never reached the expected state: ${JSON.stringify(job)}`);
}

describe('a server started after another was killed mid-job', () => {
  it('re-queues the dead server’s running job at once and runs it, its log saying why', async () => {
    const db = join(tempDir(), 'crash.db');
    const first = await serve(db);
    const enqueued = await runBin([
      'enqueue',
      'transcode',
      '/m/long.mkv',
      '--duration-ms',
      '600000',
      '--db',
      db,
    ]);
    const id = enqueued.stdout.trim();
    expect(id).toMatch(UUID);
    const firstRun = await pollJob(first.base, id, (job) => job.status === 'running');
    const deadPid = first.child.pid;
    first.child.kill('SIGKILL');
    await exitOf(first.child);

    const second = await serve(db);
    try {
      // The stale rule alone would leave it "running" for 300 s; the check of the worker's pid takes none.
      const secondRun = await pollJob(
        second.base,
        id,
        (job) => job.status === 'running' && job.started_at !== firstRun.started_at,
      );
      expect(secondRun.started_at).not.toBe(firstRun.started_at);
      const note = `] Worker process ${deadPid} on ${hostname()} is gone; job returned to the queue`;
      // The second run's header follows the note once its writer flushes.
      let lines: string[] = [];
      const restarted = () =>
        lines.some((l, i) => l.endsWith(`JOB START: ${id}`) && i > lines.findIndex((n) => n.endsWith(note)));
      for (let i = 0; i < 400 && !restarted(); i += 1) {
        await sleep(50);
        const logs = await fetch(`${second.base}/api/jobs/${id}/logs?lines=1000`);
        lines = ((await logs.json()) as { lines: string[] }).lines;
      }
      const noteAt = lines.findIndex((line) => line.endsWith(note));
      expect(noteAt).toBeGreaterThanOrEqual(0);
      expect(lines.filter((line) => line.endsWith(note))).toHaveLength(1);
      const restartedAt = lines.findIndex((line, i) => i > noteAt && line.endsWith(`JOB START: ${id}`));
      expect(restartedAt).toBeGreaterThan(noteAt);
    } finally {
      second.child.kill('SIGTERM');
      expect(await exitOf(second.child)).toBe(0);
    }
  }, 60_000);
});
