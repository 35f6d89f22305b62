/**
 * Another process holding the database's write lock (a bulk insert, a CLI on a slow disk) must never fail a
 * job: the runner's progress writes wait for the next tick, and the workload's and the final writes are
 * retried. Only a lock held past the retry budget fails the job, with a message that says what failed.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { insertJob } from '../src/db/jobInserts.ts';
import { openDatabase } from '../src/db/openDatabase.ts';
import { createVirtualRunnerClock } from '../src/runner/runnerClock.ts';
import { createJobRunner, type RunnerEvent } from '../src/runner/jobRunner.ts';
import { TRANSIENT_RETRY_BUDGET_MS } from '../src/runner/retryTransient.ts';
import { scanPolicyJson } from '../src/runner/scan/scanPolicy.ts';
import {
  cleanupTempDirs,
  logLines,
  makeMediaTree,
  readJob,
  recordProgressWrites,
  summaryOf,
  tempDir,
  until,
} from './runnerFixtures.ts';

afterEach(cleanupTempDirs);

const T0 = Date.UTC(2026, 1, 1, 10, 0, 0);
const FILES = 30;

/**
 * A scan whose runner connection gives up on a lock at once (busy timeout 0), while a second connection takes
 * the write lock the moment the job is claimed and holds it for `holdMs` of the runner's (virtual) time.
 */
async function scanWhileLocked(holdMs: number) {
  const dir = tempDir();
  const path = join(dir, 'vpo-live.db');
  const db = openDatabase(path, { busyTimeoutMs: 0 });
  const locker = openDatabase(path);
  const logsDir = join(dir, 'logs');
  const media = join(dir, 'media');
  makeMediaTree(media, FILES, 0);
  const id = insertJob(
    db,
    { jobType: 'scan', filePath: media, policyJson: scanPolicyJson({ paceMs: 50 }) },
    T0,
  );
  const progress = recordProgressWrites(db);
  const clock = createVirtualRunnerClock(T0);
  let lockedAt: number | undefined;
  let failedWrites = 0;
  const events: RunnerEvent[] = [];
  const runner = createJobRunner({
    db,
    logsDir,
    clock,
    concurrency: 1,
    progressIntervalMs: 100,
    onEvent: (event) => {
      events.push(event);
      if (event.type === 'claimed') {
        locker.exec('BEGIN IMMEDIATE');
        lockedAt = clock.now();
      }
    },
  });
  const drained = runner.drain();
  await until(() => {
    if (lockedAt === undefined) return false;
    // Count what the lock turned away: every write the runner tried meanwhile.
    try {
      db.prepare('UPDATE change_counter SET value = value WHERE id = 1').run();
    } catch {
      failedWrites += 1;
    }
    return clock.now() - lockedAt >= holdMs;
  });
  locker.exec('COMMIT');
  await drained;
  locker.close();
  return { db, id, logsDir, progress, events, failedWrites };
}

describe('a job while another process holds the database lock', () => {
  it('completes with exact counts and a complete log when the lock is released within the retry budget', async () => {
    const { db, id, logsDir, progress, events, failedWrites } = await scanWhileLocked(3000);
    expect(failedWrites).toBeGreaterThan(0);
    expect(events.flatMap((e) => (e.type === 'finished' ? [e.end] : []))).toEqual(['completed']);
    expect(readJob(db, id)).toMatchObject({
      status: 'completed',
      error_message: null,
      processed_count: FILES,
      total_count: FILES,
    });
    expect(summaryOf(db, id)).toMatchObject({ total_discovered: FILES, scanned: FILES, errors: 0 });
    expect(logLines(logsDir, id).filter((l) => l.includes('] Scanned: '))).toHaveLength(FILES);
    expect(logLines(logsDir, id).at(-3)).toMatch(/JOB END: SUCCESS$/);
    // Progress still moved forward, never backwards, once the lock was gone.
    const processed = progress(id).map((w) => w.processed ?? 0);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    expect(processed.at(-1)).toBe(FILES);
    db.close();
  });

  it('fails the job only when the lock outlasts the retry budget, saying which write failed', async () => {
    const { db, id, logsDir, events } = await scanWhileLocked(TRANSIENT_RETRY_BUDGET_MS + 5000);
    expect(events.flatMap((e) => (e.type === 'finished' ? [e.end] : []))).toEqual(['failed']);
    const job = readJob(db, id);
    expect(job?.status).toBe('failed');
    expect(job?.error_message).toMatch(
      /^Could not record the log path: the database stayed locked for 30 s \(SQLITE_BUSY\)$/,
    );
    expect(logLines(logsDir, id).some((l) => l.includes('ERROR: Could not record the log path'))).toBe(true);
    db.close();
  });
});
