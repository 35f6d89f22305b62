/**
 * The shared contract suite of VPO's jobs API against the real server: listening on port 0 over a temp
 * SQLite file. Every write the suite makes goes through a second better-sqlite3 connection — for SQLite,
 * another process — so the ETag checks prove that foreign writes invalidate.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { JobSeed } from '@vpo-live/vpo-api';
import { describeJobsApiContract, type ContractTarget } from '@vpo-live/vpo-api/testing';
import { afterAll } from 'vitest';
import { logsDirOf, parseServerConfig } from '../src/config/serverConfig.ts';
import { openDatabase } from '../src/db/openDatabase.ts';
import { startServer } from '../src/http/startServer.ts';
import {
  appendLogLines,
  cleanupTempDirs,
  tempDir,
  toRow,
  writeJobs,
  writeScanErrors,
} from './httpFixtures.ts';

afterAll(() => cleanupTempDirs());

const PATCHABLE: Record<string, string> = {
  job_type: 'job_type',
  status: 'status',
  priority: 'priority',
  file_path: 'file_path',
  policy_name: 'policy_name',
  created_at: 'created_at',
  started_at: 'started_at',
  completed_at: 'completed_at',
  progress_percent: 'progress_percent',
  error_message: 'error_message',
  output_path: 'output_path',
  summary_raw: 'summary_json',
  processed_count: 'processed_count',
  total_count: 'total_count',
};

describeJobsApiContract(
  'fastify server over SQLite',
  async (targetConfig): Promise<ContractTarget> => {
    const dir = tempDir('vpo-live-contract-');
    const windowMs = targetConfig.rateLimit?.windowMs ?? 60_000;
    if (windowMs !== 60_000) throw new Error('the server limits per 60 s window only');
    const config = parseServerConfig({
      port: 0,
      dbPath: join(dir, 'vpo-live.db'),
      mfeRoot: join(dir, 'apps'),
      logLevel: 'silent',
      rateLimitPerMinute: targetConfig.rateLimit?.maxRequests ?? 0,
      ...(targetConfig.authToken === undefined ? {} : { authToken: targetConfig.authToken }),
    });
    // The rate-limit checks move the limiter's clock themselves; wall time stays real (the `since` checks).
    const rateLimitNow = targetConfig.rateLimit?.now;
    const server = await startServer(
      config,
      rateLimitNow === undefined ? {} : { clock: { now: () => Date.now(), monotonic: rateLimitNow } },
    );
    const writer = openDatabase(config.dbPath);
    return {
      baseUrl: server.url,
      async seed({ jobs, logs = {}, scanErrors = {} }) {
        writer.transaction(() => {
          writer.prepare('DELETE FROM files').run();
          writer.prepare('DELETE FROM jobs').run();
          writeJobs(writer, jobs);
          for (const [id, errors] of Object.entries(scanErrors)) writeScanErrors(writer, id, errors);
        })();
        rmSync(logsDirOf(config), { recursive: true, force: true });
        for (const [id, lines] of Object.entries(logs)) appendLogLines(config, id, lines);
      },
      async updateJob(id, patch: Partial<JobSeed>) {
        const row = toRow({ id, job_type: 'scan', status: 'queued', created_at: '', ...patch });
        const columns = Object.keys(patch)
          .map((key) => PATCHABLE[key])
          .filter((column): column is string => column !== undefined);
        if (columns.length === 0) return;
        const sets = columns.map((column) => `${column} = @${column}`).join(', ');
        writer.prepare(`UPDATE jobs SET ${sets} WHERE id = @id`).run(row);
      },
      async deleteJob(id) {
        writer.prepare('DELETE FROM jobs WHERE id = ?').run(id);
      },
      async appendLog(id, lines) {
        appendLogLines(config, id, lines);
      },
      // As a browser gets them: a host page sets the CSRF cookie and carries the token in its meta tag.
      async actionHeaders() {
        const page = await fetch(`${server.url}/jobs`);
        const cookie = (page.headers.get('set-cookie') ?? '').split(';', 1)[0] ?? '';
        const token = /<meta name="csrf-token" content="([^"]+)">/.exec(await page.text())?.[1] ?? '';
        return { Cookie: cookie, 'X-CSRF-Token': token };
      },
      async close() {
        writer.close();
        await server.close();
      },
    };
  },
  { auth: { token: 's3cret' }, rateLimit: { maxRequests: 12 }, actions: true },
);
