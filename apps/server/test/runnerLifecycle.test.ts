import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cancelJob, deleteJob } from '../src/db/jobAdmin.ts';
import { claimNextJob } from '../src/db/jobClaims.ts';
import { insertJob } from '../src/db/jobInserts.ts';
import { openDatabase } from '../src/db/openDatabase.ts';
import { createVirtualRunnerClock } from '../src/runner/runnerClock.ts';
import { createJobRunner, type RunnerEvent } from '../src/runner/jobRunner.ts';
import { scanPolicyJson } from '../src/runner/scan/scanPolicy.ts';
import {
  cleanupTempDirs,
  demoPolicy,
  logLines,
  makeMediaTree,
  openTestDb,
  readJob,
  tempDir,
  until,
} from './runnerFixtures.ts';

afterEach(cleanupTempDirs);

const T0 = Date.UTC(2026, 1, 1, 10, 0, 0);

function setup(
  options: { staleAfterMs?: number; concurrency?: number; isProcessAlive?: (pid: number) => boolean } = {},
) {
  const dir = tempDir();
  const { db, path } = openTestDb(dir);
  const logsDir = join(dir, 'logs');
  const clock = createVirtualRunnerClock(T0);
  const events: RunnerEvent[] = [];
  const runner = createJobRunner({
    db,
    logsDir,
    clock,
    concurrency: 1,
    progressIntervalMs: 250,
    ...options,
    onEvent: (event) => events.push(event),
  });
  // The CLI's view: a second connection to the same file.
  const cli = openDatabase(path);
  return { dir, db, cli, logsDir, clock, runner, events };
}

const ends = (events: RunnerEvent[]) => events.flatMap((e) => (e.type === 'finished' ? [e.end] : []));

describe('a running job', () => {
  it('stops within one progress tick after the CLI cancels it, leaving it cancelled', async () => {
    const { dir, db, cli, logsDir, clock, runner, events } = setup();
    const media = join(dir, 'media');
    makeMediaTree(media, 200, 0);
    const id = insertJob(
      db,
      { jobType: 'scan', filePath: media, policyJson: scanPolicyJson({ paceMs: 100 }) },
      T0,
    );

    const drained = runner.drain();
    await until(() => (readJob(cli, id)?.processed_count ?? 0) >= 20);
    expect(cancelJob(cli, id, clock.now())).toEqual({ ok: true });
    const cancelledAt = clock.now();
    const processedAtCancel = readJob(cli, id)?.processed_count ?? 0;
    await drained;

    expect(ends(events)).toEqual(['cancelled']);
    const job = readJob(cli, id);
    expect(job?.status).toBe('cancelled');
    // The runner went on for at most one tick (250 ms = 2–3 files at 100 ms each) and wrote nothing after.
    expect(clock.now() - cancelledAt).toBeLessThanOrEqual(250 + 100);
    expect(job?.processed_count).toBe(processedAtCancel);
    const scanned = logLines(logsDir, id).filter((l) => l.includes('] Scanned: ')).length;
    expect(scanned).toBeLessThan(processedAtCancel + 4);
    expect(logLines(logsDir, id).at(-3)).toMatch(/JOB END: CANCELLED$/);
    expect(logLines(logsDir, id).some((l) => l.endsWith('] Job cancelled'))).toBe(true);
  });

  it('stops and removes its log when the job is deleted while it runs', async () => {
    const { db, cli, logsDir, runner, events } = setup();
    const id = insertJob(
      db,
      { jobType: 'transcode', filePath: '/m/a.mkv', policyJson: demoPolicy(60_000) },
      T0,
    );
    const drained = runner.drain();
    await until(() => (readJob(cli, id)?.progress_percent ?? 0) > 10);
    expect(deleteJob(cli, id)).toBe(`logs/${id}.log`);
    await drained;
    expect(ends(events)).toEqual(['gone']);
    expect(readJob(cli, id)).toBeUndefined();
    expect(existsSync(join(logsDir, `${id}.log`))).toBe(false);
  });

  it('goes back to the queue when the runner stops, and runs again later', async () => {
    const { db, cli, logsDir, runner, events } = setup();
    const id = insertJob(
      db,
      { jobType: 'process', filePath: '/m/b.mkv', policyJson: demoPolicy(60_000) },
      T0,
    );
    runner.start();
    await until(() => (readJob(cli, id)?.progress_percent ?? 0) > 0);
    await runner.stop();
    expect(ends(events)).toEqual(['requeued']);
    expect(readJob(cli, id)).toMatchObject({
      status: 'queued',
      started_at: null,
      worker_pid: null,
      worker_heartbeat: null,
      progress_percent: 0,
    });
    expect(logLines(logsDir, id).at(-1)).toMatch(/job returned to the queue$/);

    await runner.drain();
    expect(readJob(cli, id)?.status).toBe('completed');
  });
});

describe('stale jobs', () => {
  it('re-queues running jobs whose heartbeat is older than the timeout, as VPO does, then runs them', async () => {
    const { db, cli, logsDir, runner, events } = setup({ staleAfterMs: 300_000 });
    const stale = insertJob(
      db,
      { jobType: 'apply', filePath: '/m/stale.mkv', policyJson: demoPolicy(100) },
      T0 - 3_600_000,
    );
    const fresh = insertJob(
      db,
      { jobType: 'apply', filePath: '/m/fresh.mkv', policyJson: demoPolicy(100) },
      T0 - 60_000,
    );
    // A dead worker claimed `stale` ten minutes ago; a live one (another process) claimed `fresh` a minute ago.
    expect(claimNextJob(cli, 111, T0 - 600_000)?.id).toBe(stale);
    expect(claimNextJob(cli, 222, T0 - 60_000)?.id).toBe(fresh);

    await runner.drain();

    expect(events).toContainEqual({ type: 'recovered', reason: 'stale', count: 1, jobIds: [stale] });
    expect(readJob(cli, stale)?.status).toBe('completed');
    expect(readJob(cli, fresh)).toMatchObject({ status: 'running', worker_pid: 222 });
    expect(logLines(logsDir, stale)).toContainEqual(
      expect.stringMatching(/\] No heartbeat from its worker for 300 s; job returned to the queue$/),
    );
  });

  it('keeps its own long job alive with heartbeats, so recovery never takes it', async () => {
    // A move reports no progress, so only heartbeats keep it fresh while the other slot, between its
    // many short jobs, keeps looking for stale work.
    const { db, cli, runner, events } = setup({ staleAfterMs: 3000, concurrency: 2 });
    const id = insertJob(
      db,
      { jobType: 'move', filePath: '/m/long.mkv', policyJson: demoPolicy(20_000) },
      T0,
    );
    for (let i = 0; i < 30; i += 1) {
      insertJob(db, { jobType: 'apply', filePath: `/m/${i}.mkv`, policyJson: demoPolicy(1000) }, T0 + 1 + i);
    }
    await runner.drain();
    expect(events.filter((e) => e.type === 'recovered')).toEqual([]);
    expect(ends(events).filter((end) => end !== 'completed')).toEqual([]);
    expect(ends(events)).toHaveLength(31);
    expect(readJob(cli, id)?.status).toBe('completed');
  });

  describe('jobs whose worker process is gone', () => {
    it('re-queues at once the running jobs of a dead process on this host, saying so in their logs', async () => {
      const livePid = 4321;
      const deadPid = 8765;
      const { db, cli, logsDir, clock, runner, events } = setup({
        isProcessAlive: (pid) => pid === livePid,
      });
      const orphan = insertJob(
        db,
        { jobType: 'apply', filePath: '/m/orphan.mkv', policyJson: demoPolicy(100) },
        T0,
      );
      const alive = insertJob(
        db,
        { jobType: 'apply', filePath: '/m/alive.mkv', policyJson: demoPolicy(100) },
        T0 + 1,
      );
      const remote = insertJob(
        db,
        { jobType: 'apply', filePath: '/m/remote.mkv', policyJson: demoPolicy(100) },
        T0 + 2,
      );
      const vpo = insertJob(
        db,
        { jobType: 'apply', filePath: '/m/vpo.mkv', policyJson: demoPolicy(100) },
        T0 + 3,
      );
      // All four claimed a second ago, heartbeats fresh: only the process check can tell.
      expect(claimNextJob(cli, deadPid, clock.now() - 1000, hostname())?.id).toBe(orphan);
      expect(claimNextJob(cli, livePid, clock.now() - 1000, hostname())?.id).toBe(alive);
      expect(claimNextJob(cli, deadPid, clock.now() - 1000, 'another-host')?.id).toBe(remote);
      expect(claimNextJob(cli, deadPid, clock.now() - 1000)?.id).toBe(vpo);

      await runner.drain();

      expect(events[0]).toEqual({ type: 'recovered', reason: 'worker-gone', count: 1, jobIds: [orphan] });
      expect(readJob(cli, orphan)?.status).toBe('completed');
      expect(readJob(cli, alive)).toMatchObject({ status: 'running', worker_pid: livePid });
      expect(readJob(cli, remote)).toMatchObject({ status: 'running', worker_pid: deadPid });
      expect(readJob(cli, vpo)).toMatchObject({ status: 'running', worker_pid: deadPid });
      const lines = logLines(logsDir, orphan);
      const note = lines.findIndex((l) =>
        l.endsWith(`] Worker process ${deadPid} on ${hostname()} is gone; job returned to the queue`),
      );
      expect(note).toBe(0);
      expect(lines.slice(note + 1).some((l) => l.endsWith(`JOB START: ${orphan}`))).toBe(true);
    });

    it('treats its own pid as gone when no runner of this process runs the job (a restarted pid 1)', async () => {
      const { db, cli, runner, events } = setup({ isProcessAlive: () => true });
      const left = insertJob(
        db,
        { jobType: 'apply', filePath: '/m/left.mkv', policyJson: demoPolicy(100) },
        T0,
      );
      claimNextJob(cli, process.pid, T0 - 1000, hostname());
      await runner.drain();
      expect(events[0]).toEqual({ type: 'recovered', reason: 'worker-gone', count: 1, jobIds: [left] });
      expect(readJob(cli, left)?.status).toBe('completed');
    });
  });
});
