/**
 * The run at scale: seeds a million jobs into its own database, starts the server and a process that keeps
 * jobs changing, measures (scaleBench.ts), and stops both.
 */
import { statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { measureScale, type ScaleOptions } from './scaleBench.ts';
import type { ScaleRun } from './scaleReport.ts';
import { searchIndexSize } from './searchIndexSize.ts';
import { seedJobs } from './seedJobs.ts';
import { startScript, startServerProcess, stopServerProcess } from './serverProcess.ts';

/** Seeds `jobs` jobs into `<dir>/scale.db` and measures the server over it. */
export async function runAtScale(dir: string, jobs: number, options: ScaleOptions): Promise<ScaleRun> {
  const dbPath = join(dir, 'scale.db');
  const seedStart = performance.now();
  seedJobs(dbPath, jobs, Date.now());
  const seedSeconds = (performance.now() - seedStart) / 1000;
  const size = searchIndexSize(dbPath);
  console.log(
    `seeded ${jobs} jobs in ${seedSeconds.toFixed(1)} s (${(statSync(dbPath).size / 1e6).toFixed(1)} MB)`,
  );
  const churn = await startScript('churnJobs.ts', { BENCH_DB_PATH: dbPath });
  const server = await startServerProcess('serve.ts', dbPath);
  try {
    const loadBefore = loadavg();
    const result = await measureScale(server, dbPath, options);
    return { jobs, seedSeconds, ...size, ...options, loadBefore, result };
  } finally {
    await stopServerProcess(server.child);
    await stopServerProcess(churn.child);
  }
}
