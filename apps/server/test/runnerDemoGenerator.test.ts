import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createVirtualRunnerClock } from '../src/runner/runnerClock.ts';
import { createDemoGenerator } from '../src/runner/demo/demoGenerator.ts';
import { createRandom } from '@vpo-live/vpo-api/fixtures';
import { createJobRunner } from '../src/runner/jobRunner.ts';
import { insertJob } from '../src/db/jobInserts.ts';
import { cleanupTempDirs, openTestDb, summaryOf, tempDir } from './runnerFixtures.ts';

afterEach(cleanupTempDirs);

const T0 = Date.UTC(2026, 1, 1, 10, 0, 0);

function setup() {
  const dir = tempDir();
  const { db } = openTestDb(dir);
  const clock = createVirtualRunnerClock(T0);
  const generator = createDemoGenerator({ db, dataDir: dir, clock, random: createRandom(3), maxQueued: 3 });
  const count = (where: string) =>
    (db.prepare(`SELECT COUNT(*) AS n FROM jobs WHERE ${where}`).get() as { n: number }).n;
  return { dir, db, clock, generator, count };
}

describe('demo generator', () => {
  it('creates the demo library and, in an empty database, some finished history', () => {
    const { dir, generator, count } = setup();
    const done = generator.tick();
    const media = join(dir, 'demo-media');
    expect(existsSync(join(media, 'Movies'))).toBe(true);
    expect(lstatSync(join(media, 'Movies', 'Broken link (unreadable).mkv')).isSymbolicLink()).toBe(true);
    expect(done[0]).toMatch(/^created demo library/);
    expect(count('1')).toBeGreaterThanOrEqual(41);
    expect(count("status IN ('completed', 'failed', 'cancelled')")).toBeGreaterThanOrEqual(39);
    expect(count("status = 'running'")).toBe(0);
  });

  it('never lets the queue grow past its limit', () => {
    const { generator, count } = setup();
    for (let i = 0; i < 50; i += 1) {
      generator.tick();
      expect(count("status = 'queued'")).toBeLessThanOrEqual(3);
    }
    expect(count("status = 'queued'")).toBe(3);
  });

  it('cancels and retries only jobs it queued itself, never an operator’s', () => {
    const { db, generator, count } = setup();
    generator.tick();
    const mine = (status: string) =>
      insertJob(db, { jobType: 'scan', filePath: `/operator/${status}` }, T0 - 1000);
    const queuedId = mine('queued');
    const failedId = mine('failed');
    db.prepare(`UPDATE jobs SET status = 'failed', completed_at = ? WHERE id = ?`).run(
      new Date(T0).toISOString(),
      failedId,
    );
    let cancelled = 0;
    let retried = 0;
    for (let i = 0; i < 600; i += 1) {
      for (const what of generator.tick()) {
        if (what.startsWith('cancelled')) cancelled += 1;
        if (what.startsWith('retried')) retried += 1;
      }
      // Its own failures come from the runner; here some of its queued jobs fail.
      db.prepare(
        `UPDATE jobs SET status = 'failed', completed_at = ? WHERE id IN (SELECT id FROM jobs WHERE status = 'queued' AND file_path NOT LIKE '/operator/%' LIMIT 1)`,
      ).run(new Date(T0 + i).toISOString());
    }
    // It did cancel and retry (so the check below could fail), and never touched the operator's two jobs.
    expect(cancelled).toBeGreaterThan(0);
    expect(retried).toBeGreaterThan(0);
    const statusOf = (id: string) =>
      (db.prepare(`SELECT status FROM jobs WHERE id = ?`).get(id) as { status: string }).status;
    expect(statusOf(queuedId)).toBe('queued');
    expect(statusOf(failedId)).toBe('failed');
    expect(count("file_path LIKE '/operator/%'")).toBe(2);
  });

  it('keeps the library bounded however long it runs', () => {
    const { dir, generator } = setup();
    for (let i = 0; i < 400; i += 1) generator.tick();
    expect(readdirSync(join(dir, 'demo-media', 'Incoming')).length).toBeLessThanOrEqual(12);
  });

  it('produces jobs the runner completes: scans of the demo library report its broken link', async () => {
    const { dir, db, clock, generator, count } = setup();
    const runner = createJobRunner({ db, logsDir: join(dir, 'logs'), clock, random: createRandom(9) });
    for (let i = 0; i < 12; i += 1) {
      generator.tick();
      await runner.drain();
    }
    expect(count("status IN ('queued', 'running')")).toBe(0);
    const scans = db
      .prepare<[], { id: string }>(
        "SELECT id FROM jobs WHERE job_type = 'scan' AND status = 'completed' AND log_path IS NOT NULL",
      )
      .all();
    expect(scans.length).toBeGreaterThan(0);
    for (const { id } of scans) expect(summaryOf(db, id)).toMatchObject({ errors: 1 });
  });
});
