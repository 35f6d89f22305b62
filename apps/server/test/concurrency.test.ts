/**
 * The whole system at once, as processes: a server with its runner, and CLI processes enqueueing and
 * cancelling against the same database file while jobs run. Nothing may be lost or counted twice.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exitOf, runBin, spawnBin, UUID, waitForLine } from './cliFixtures.ts';
import { cleanupTempDirs, makeMediaTree, tempDir } from './runnerFixtures.ts';

afterEach(cleanupTempDirs);

interface ApiJob {
  id: string;
  status: string;
  job_type: string;
}
interface ApiDetail extends ApiJob {
  summary_raw: Record<string, number> | null;
  error_message: string | null;
}

const TERMINAL = new Set(['completed', 'failed', 'cancelled']);
const getJson = async <T>(url: string): Promise<T> => (await fetch(url)).json() as Promise<T>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('server, runner and CLI on one database', () => {
  it('ends every enqueued job in a terminal state while the CLI enqueues and cancels concurrently', async () => {
    const dir = tempDir();
    const db = join(dir, 'shared.db');
    const media = join(dir, 'media');
    const FILES = 20;
    makeMediaTree(media, FILES, 0);
    const server = spawnBin([
      'serve',
      '--port',
      '0',
      '--db',
      db,
      '--concurrency',
      '2',
      '--log-level',
      'silent',
      '--log-flush-ms',
      '200',
      // Demo jobs enqueued without --fail otherwise fail at the default rate (15 %); this test decides.
      '--demo-failure-rate',
      '0',
    ]);
    try {
      const base = /(http:\/\/[^/\s]+)\/jobs/.exec(await waitForLine(server, /http:\/\//))?.[1] ?? '';

      // Enqueue from six processes at once: scans of a real folder and demo jobs, two of them set to fail.
      const enqueues = await Promise.all([
        runBin(['scan', media, '--pace-ms', '40', '--db', db]),
        runBin(['scan', media, '--pace-ms', '40', '--priority', '50', '--db', db]),
        runBin(['scan', media, '--pace-ms', '40', '--db', db]),
        runBin(['enqueue', 'transcode', '/m/a.mkv', '--duration-ms', '1500', '--db', db]),
        runBin(['enqueue', 'process', '/m/b.mkv', '--duration-ms', '1500', '--fail', '--db', db]),
        runBin(['enqueue', 'move', '/m/c.mkv', '--duration-ms', '1500', '--fail', '--db', db]),
      ]);
      for (const result of enqueues) expect(result).toMatchObject({ code: 0, stderr: '' });
      const ids = enqueues.map((r) => r.stdout.trim());
      for (const id of ids) expect(id).toMatch(UUID);
      const failing = new Set(ids.slice(4));

      // Cancel one running and one queued job (whatever they are by the time the CLI gets there).
      let running: ApiJob[] = [];
      for (let i = 0; i < 200 && running.length === 0; i += 1) {
        running = (await getJson<{ jobs: ApiJob[] }>(`${base}/api/jobs?status=running`)).jobs;
        if (running.length === 0) await sleep(50);
      }
      const queued = (await getJson<{ jobs: ApiJob[] }>(`${base}/api/jobs?status=queued`)).jobs;
      const targets = [running[0]?.id, queued[0]?.id].filter((id): id is string => id !== undefined);
      expect(targets.length).toBeGreaterThan(0);
      const cancels = await Promise.all(targets.map((id) => runBin(['jobs', 'cancel', id, '--db', db])));
      const cancelled = new Set(targets.filter((_, i) => cancels[i]?.code === 0));
      for (const [i, result] of cancels.entries()) {
        if (result.code !== 0) expect(result.stderr).toMatch(/Can only cancel queued or running jobs/);
        expect([0, 1]).toContain(cancels[i]?.code);
      }

      // Wait, through the HTTP API, until every job has finished.
      let jobs: ApiJob[] = [];
      for (let i = 0; i < 600; i += 1) {
        jobs = (await getJson<{ jobs: ApiJob[] }>(`${base}/api/jobs?limit=100`)).jobs;
        if (jobs.length === ids.length && jobs.every((j) => TERMINAL.has(j.status))) break;
        await sleep(100);
      }
      expect(jobs.map((j) => j.id).sort()).toEqual([...ids].sort());
      const byStatus = (status: string) => jobs.filter((j) => j.status === status).map((j) => j.id);
      expect(byStatus('cancelled').sort()).toEqual([...cancelled].sort());
      expect(byStatus('completed').length + byStatus('failed').length + byStatus('cancelled').length).toBe(
        ids.length,
      );
      for (const id of byStatus('failed')) {
        const { error_message } = await getJson<ApiDetail>(`${base}/api/jobs/${id}`);
        expect(failing.has(id), `unexpected failure of ${id}: ${error_message}`).toBe(true);
      }
      for (const id of ids.filter((id) => failing.has(id) && !cancelled.has(id)))
        expect(byStatus('failed')).toContain(id);

      for (const id of byStatus('completed').filter((id) => !failing.has(id))) {
        const detail = await getJson<ApiDetail>(`${base}/api/jobs/${id}`);
        if (detail.job_type !== 'scan') continue;
        expect(detail.summary_raw).toMatchObject({ total_discovered: FILES, errors: 0 });
        const logs = await getJson<{ lines: string[] }>(`${base}/api/jobs/${id}/logs?lines=1000`);
        const perFile = logs.lines.filter((l) => / (Scanned|Skipped \(unchanged\)): /.test(l));
        expect(perFile).toHaveLength(FILES);
      }
    } finally {
      server.kill('SIGTERM');
      expect(await exitOf(server)).toBe(0);
    }
  }, 120_000);
});
