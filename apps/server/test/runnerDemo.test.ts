import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { insertJob } from '../src/db/jobInserts.ts';
import { createVirtualRunnerClock } from '../src/runner/runnerClock.ts';
import { createRandom } from '@vpo-live/vpo-api/fixtures';
import { createJobRunner } from '../src/runner/jobRunner.ts';
import {
  cleanupTempDirs,
  demoPolicy,
  logLines,
  openTestDb,
  readJob,
  recordProgressWrites,
  summaryOf,
  tempDir,
} from './runnerFixtures.ts';

afterEach(cleanupTempDirs);

const T0 = Date.UTC(2026, 1, 1, 10, 0, 0);

/** summary_raw keys per type, as VPO_API.md lists them. */
const SUMMARY_KEYS: Record<string, string[]> = {
  process: ['phases_completed', 'total_changes'],
  prune: ['files_pruned'],
  apply: ['policy_name', 'files_affected', 'actions_applied'],
  transcode: [
    'input_file',
    'output_file',
    'input_size_bytes',
    'output_size_bytes',
    'duration_seconds',
    'video_codec',
    'audio_tracks_processed',
  ],
  move: ['source_path', 'destination_path', 'size_bytes'],
};

function setup(failureRate = 0) {
  const dir = tempDir();
  const { db } = openTestDb(dir);
  const logsDir = join(dir, 'logs');
  const progress = recordProgressWrites(db);
  const runner = createJobRunner({
    db,
    logsDir,
    clock: createVirtualRunnerClock(T0),
    random: createRandom(7),
    concurrency: 2,
    demo: { failureRate },
  });
  return { db, logsDir, progress, runner };
}

describe('demo workloads', () => {
  it.each(Object.keys(SUMMARY_KEYS))(
    'a %s job finishes with its type’s summary_raw and says “demo” in its log',
    async (type) => {
      const { db, logsDir, progress, runner } = setup();
      const path = '/media/library/Movies/Arrival (2016)/Arrival (2016).mkv';
      const id = insertJob(
        db,
        { jobType: type as 'apply', filePath: path, policyJson: demoPolicy(8000) },
        T0,
      );
      await runner.drain();

      const job = readJob(db, id);
      expect(job).toMatchObject({ status: 'completed', progress_percent: 100, error_message: null });
      expect(Object.keys(summaryOf(db, id) ?? {}).sort()).toEqual([...(SUMMARY_KEYS[type] ?? [])].sort());
      const lines = logLines(logsDir, id);
      expect(lines.some((l) => l.includes(`Simulated ${type} workload`))).toBe(true);
      expect(lines.filter((l) => l.includes('[demo] ')).length).toBeGreaterThan(2);
      const running = progress(id).filter((w) => w.percent < 100);
      if (type === 'move') expect(running.every((w) => w.percent === 0)).toBe(true);
      else expect(running.length).toBeGreaterThan(1);
    },
  );

  it('records where transcode and move jobs wrote their output', async () => {
    const { db, runner } = setup();
    const source = '/media/library/TV/Dark/Season 01/Dark - S01E01 - Secrets.mkv';
    const transcode = insertJob(
      db,
      { jobType: 'transcode', filePath: source, policyJson: demoPolicy(1000) },
      T0,
    );
    const move = insertJob(db, { jobType: 'move', filePath: source, policyJson: demoPolicy(1000) }, T0 + 1);
    await runner.drain();
    expect(readJob(db, transcode)?.output_path).toBe(summaryOf(db, transcode)?.output_file);
    expect(readJob(db, move)?.output_path).toBe(
      '/mnt/archive/library/TV/Dark/Season 01/Dark - S01E01 - Secrets.mkv',
    );
  });

  it('fails a job asked to fail with a realistic error_message; a process job keeps its partial summary', async () => {
    const { db, logsDir, runner } = setup();
    const transcode = insertJob(
      db,
      { jobType: 'transcode', filePath: '/m/x.mkv', policyJson: demoPolicy(4000, true) },
      T0,
    );
    const processJob = insertJob(
      db,
      { jobType: 'process', filePath: '/m/y.mkv', policyJson: demoPolicy(4000, true) },
      T0 + 1,
    );
    await runner.drain();

    expect(readJob(db, transcode)).toMatchObject({ status: 'failed', summary_json: null });
    expect(readJob(db, transcode)?.error_message).toMatch(/^ffmpeg exited with code 1/);
    expect(readJob(db, transcode)?.progress_percent).toBeLessThan(100);
    expect(readJob(db, processJob)?.status).toBe('failed');
    expect(readJob(db, processJob)?.error_message).toMatch(/^Phase '\w+' failed/);
    const partial = summaryOf(db, processJob);
    expect(partial?.phases_completed).toBeLessThan(4);
    const lines = logLines(logsDir, transcode);
    expect(lines.some((l) => l.includes('ERROR: ffmpeg exited with code 1'))).toBe(true);
    expect(lines.some((l) => l.endsWith('JOB END: FAILED'))).toBe(true);
  });

  it('fails about the configured share of demo jobs', async () => {
    const { db, runner } = setup(0.3);
    for (let i = 0; i < 60; i += 1)
      insertJob(db, { jobType: 'apply', filePath: `/m/${i}.mkv`, policyJson: '{}' }, T0 + i);
    await runner.drain();
    const counts = db
      .prepare<[], { status: string; n: number }>('SELECT status, COUNT(*) AS n FROM jobs GROUP BY status')
      .all();
    const failed = counts.find((c) => c.status === 'failed')?.n ?? 0;
    const completed = counts.find((c) => c.status === 'completed')?.n ?? 0;
    expect(failed + completed).toBe(60);
    expect(failed).toBeGreaterThan(6);
    expect(failed).toBeLessThan(36);
  });
});
