import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { claimNextJob } from '../src/db/jobClaims.ts';
import { insertJob } from '../src/db/jobInserts.ts';
import { cleanupTempDirs, openTestDb, readJob, tempDir } from './runnerFixtures.ts';

afterEach(cleanupTempDirs);

const T0 = Date.UTC(2026, 1, 1, 10, 0, 0);

describe('claimNextJob', () => {
  it('claims by priority (lower first), then by age', () => {
    const { db } = openTestDb(tempDir());
    const ids = {
      oldNormal: insertJob(db, { jobType: 'scan', filePath: '/a' }, T0),
      newUrgent: insertJob(db, { jobType: 'move', filePath: '/b', priority: 10 }, T0 + 5000),
      oldUrgent: insertJob(db, { jobType: 'apply', filePath: '/c', priority: 10 }, T0 + 1000),
      newNormal: insertJob(db, { jobType: 'prune', filePath: '/d' }, T0 + 2000),
      low: insertJob(db, { jobType: 'process', filePath: '/e', priority: 900 }, T0 - 60_000),
    };
    const order: string[] = [];
    for (let job = claimNextJob(db, 1, T0 + 9000); job; job = claimNextJob(db, 1, T0 + 9000))
      order.push(job.id);
    expect(order).toEqual([ids.oldUrgent, ids.newUrgent, ids.oldNormal, ids.newNormal, ids.low]);
    db.close();
  });

  it('marks the job running with VPO timestamps, worker pid and heartbeat, and never claims it again', () => {
    const { db } = openTestDb(tempDir());
    const id = insertJob(db, { jobType: 'scan', filePath: '/media' }, T0);
    const claim = claimNextJob(db, 4242, T0 + 1234.5);
    expect(claim?.id).toBe(id);
    expect(readJob(db, id)).toMatchObject({
      status: 'running',
      started_at: '2026-02-01T10:00:01.234500+00:00',
      worker_heartbeat: '2026-02-01T10:00:01.234500+00:00',
      worker_pid: 4242,
    });
    expect(claim?.claimToken).toBe('2026-02-01T10:00:01.234500+00:00');
    expect(claimNextJob(db, 4242)).toBeNull();
    db.close();
  });

  it('gives each job to exactly one of several processes claiming from one file at once', async () => {
    const dir = tempDir();
    const { db, path } = openTestDb(dir);
    const JOBS = 600;
    const insert = db.transaction(() => {
      for (let i = 0; i < JOBS; i += 1) insertJob(db, { jobType: 'scan', filePath: `/m/${i}` }, T0 + i);
    });
    insert();
    db.close();
    const worker = fileURLToPath(new URL('./runnerClaimRace.worker.ts', import.meta.url));
    const workers = [1, 2, 3].map((pid) => startWorker(worker, path, pid));
    await Promise.all(workers.map((w) => w.ready));
    for (const w of workers) w.go();
    const runs = await Promise.all(workers.map((w) => w.claimed));
    const all = runs.flat();
    expect(all).toHaveLength(JOBS);
    expect(new Set(all).size).toBe(JOBS);
    // Every process got a share: the claims really interleaved.
    for (const run of runs) expect(run.length).toBeGreaterThan(0);
  });
});

/** A claiming process: `ready` once it has opened the database, `go()` starts it, `claimed` its ids. */
function startWorker(script: string, dbPath: string, pid: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', script, dbPath, String(pid)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  let onReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
    if (err.includes('ready\n')) onReady();
  });
  const claimed = new Promise<string[]>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out) as string[]) : reject(new Error(`worker exited ${code}: ${err}`)),
    );
  });
  return { ready, claimed, go: () => child.stdin.end('go\n') };
}
