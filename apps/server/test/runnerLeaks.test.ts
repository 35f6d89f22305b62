/**
 * A long-lived runner must not keep anything of the jobs it finished: no listener on its shutdown signal,
 * no context, no log writer. Proven with the garbage collector itself (FinalizationRegistry), over more
 * jobs than any leak could hide in.
 */
import { getEventListeners } from 'node:events';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { claimNextJob } from '../src/db/jobClaims.ts';
import { insertJob } from '../src/db/jobInserts.ts';
import { JobLogWriter } from '../src/logs/jobLogWriter.ts';
import { createVirtualRunnerClock } from '../src/runner/runnerClock.ts';
import { JobContext } from '../src/runner/jobContext.ts';
import { createJobRunner } from '../src/runner/jobRunner.ts';
import { cleanupTempDirs, openTestDb, tempDir } from './runnerFixtures.ts';

afterEach(cleanupTempDirs);

const T0 = Date.UTC(2026, 1, 1, 10, 0, 0);
const turn = () => new Promise((resolve) => setImmediate(resolve));

/** The engine's collector, reachable without starting Node with --expose-gc. */
function exposeGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe('a finished job', () => {
  it('leaves no listener on the runner’s shutdown signal once its context is disposed', () => {
    const { db } = openTestDb(tempDir());
    insertJob(db, { jobType: 'apply', filePath: '/m/a.mkv' }, T0);
    const job = claimNextJob(db, process.pid, T0);
    const shutdown = new AbortController();
    const log = new JobLogWriter(join(tempDir(), 'a.log'));
    const ctx = new JobContext({
      db,
      job: job!,
      log,
      clock: createVirtualRunnerClock(T0),
      random: Math.random,
      workerPid: process.pid,
      timing: { progressIntervalMs: 250, heartbeatIntervalMs: 30_000 },
      shutdown: shutdown.signal,
    });
    expect(getEventListeners(shutdown.signal, 'abort')).toHaveLength(1);
    ctx.dispose();
    expect(getEventListeners(shutdown.signal, 'abort')).toHaveLength(0);
    log.close();
    db.close();
  });
});

describe('a runner over 1,000 jobs', () => {
  it('keeps at most its concurrency of job contexts and log writers alive, and prints no warning', async () => {
    const gc = exposeGc();
    const dir = tempDir();
    const { db } = openTestDb(dir);
    const JOBS = 1000;
    const CONCURRENCY = 2;
    db.transaction(() => {
      for (let i = 0; i < JOBS; i += 1) insertJob(db, { jobType: 'apply', filePath: `/m/${i}.mkv` }, T0 + i);
    })();
    let alive = 0;
    let ran = 0;
    const collected = new FinalizationRegistry<string>(() => (alive -= 1));
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    const runner = createJobRunner({
      db,
      logsDir: join(dir, 'logs'),
      clock: createVirtualRunnerClock(T0),
      concurrency: CONCURRENCY,
      workloads: {
        apply: async (ctx) => {
          collected.register(ctx, 'context');
          collected.register(ctx.log, 'log writer');
          alive += 2;
          ran += 1;
          ctx.progress({ percent: 50 });
          await ctx.sleep(300);
          return { summary: null };
        },
      },
    });
    try {
      expect(await runner.drain()).toBe(JOBS);
      expect(ran).toBe(JOBS);
      // Collection and its callbacks take a few turns; a leak never gets there.
      for (let i = 0; i < 50 && alive > 2 * CONCURRENCY; i += 1) {
        gc();
        await turn();
      }
      expect(alive).toBeLessThanOrEqual(2 * CONCURRENCY);
      expect(warnings.map((w) => `${w.name}: ${w.message}`)).toEqual([]);
    } finally {
      process.off('warning', onWarning);
      db.close();
    }
  }, 120_000);
});
