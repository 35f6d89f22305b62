import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.ts';
import { insertJob } from '../src/db/jobInserts.ts';
import { openDatabase } from '../src/db/openDatabase.ts';
import { BIN, collectStdout, eventually, exitOf, spawnBin, waitForLine } from './cliFixtures.ts';
import { cleanupTempDirs, tempDir } from './runnerFixtures.ts';

afterEach(cleanupTempDirs);

const demoJob = (fail: boolean) => ({
  jobType: 'apply' as const,
  filePath: '/m/Arrival (2016).mkv',
  policyJson: JSON.stringify({ demo: { duration_ms: 0, fail } }),
});

/** `serve` in this process with captured output; `stop()` is the SIGINT. */
function serveInProcess(args: string[]) {
  const stdout = new PassThrough();
  let printed = '';
  stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  let stop: (signal: string) => void = () => undefined;
  const io = {
    stdout,
    stderr: new PassThrough(),
    env: {},
    waitForShutdown: () => new Promise<string>((resolve) => (stop = resolve)),
  };
  const exit = runCli(['serve', '--port', '0', ...args], io);
  return { printed: () => printed, stop: () => stop('SIGINT'), exit };
}

describe('serve on a console', () => {
  it('prints a readable banner and one readable line per job event; requests stay out at info', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'console.db');
    const serve = serveInProcess(['--db', dbPath, '--log-format', 'pretty', '--auth-token', 's3cret']);
    await eventually(() => serve.printed().includes('  log '));
    const banner = serve.printed().slice(serve.printed().indexOf('vpo-live serving'));
    const url = /vpo-live serving (http:\/\/[^/]+)\/jobs/.exec(banner)?.[1] ?? '';
    expect(banner.split('\n').slice(0, 7)).toEqual([
      `vpo-live serving ${url}/jobs`,
      `  database   ${dbPath}  (from --db)`,
      `  data       ${dir}  (job logs in logs/)`,
      '  polling    pages every 5 s, logs every 15 s',
      '  auth       on (HTTP Basic) · rate limit 120 GET/min per client · trust proxy off',
      '  demo       off',
      '  log        info and above; requests at debug · Ctrl-C stops',
    ]);

    const db = openDatabase(dbPath);
    const ok = insertJob(db, demoJob(false));
    const failing = insertJob(db, demoJob(true));
    db.close();
    await fetch(`${url}/health`);
    await eventually(() => serve.printed().includes(`job failed: apply ${failing.slice(0, 8)}`));
    await eventually(() => serve.printed().includes(`job completed: apply ${ok.slice(0, 8)}`));
    serve.stop();
    expect(await serve.exit).toBe(0);

    const lines = serve.printed().split('\n');
    const time = String.raw`\[\d\d:\d\d:\d\d\]`;
    expect(lines).toContainEqual(
      expect.stringMatching(
        new RegExp(`^${time} INFO: job started: apply ${ok.slice(0, 8)} /m/Arrival \\(2016\\)\\.mkv$`),
      ),
    );
    // A failure is a warning, visible at the default level.
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^${time} WARN: job failed: apply ${failing.slice(0, 8)}$`)),
    );
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`^${time} INFO: shutting down \\{"signal":"SIGINT"\\}$`)),
    );
    expect(serve.printed()).not.toMatch(/GET \/health|request completed|^\{/m);
  });

  it('writes JSON lines when stdout is not a terminal, requests at debug only (real process)', async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'json.db');
    for (const level of ['info', 'debug']) {
      const child = spawnBin(['serve', '--port', '0', '--db', dbPath, '--log-level', level]);
      const stdout = collectStdout(child);
      const start = JSON.parse(await waitForLine(child, /vpo-live serving/)) as Record<string, unknown>;
      expect(start).toMatchObject({
        level: 30,
        database: dbPath,
        databaseFrom: '--db',
        dataDir: dir,
        auth: false,
      });
      await fetch(`${String(start.url)}/api/jobs`);
      const db = openDatabase(dbPath);
      const id = insertJob(db, demoJob(false));
      db.close();
      await eventually(() => stdout().includes(`job completed: apply ${id.slice(0, 8)}`));
      child.kill('SIGINT');
      expect(await exitOf(child)).toBe(0);

      const records = stdout()
        .trim()
        .split('\n')
        .map(
          (line) => JSON.parse(line) as { level: number; msg: string; jobId?: string; req?: { url: string } },
        );
      expect(records.find((r) => r.msg.startsWith('job started'))).toMatchObject({ level: 30, jobId: id });
      const requests = records.filter((r) => r.msg === 'request completed');
      if (level === 'info') expect(requests).toEqual([]);
      else
        expect(requests).toContainEqual(
          expect.objectContaining({ level: 20, req: expect.objectContaining({ url: '/api/jobs' }) }),
        );
    }
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  it.skipIf(!hasScript)('is readable by default on a real terminal (under script(1))', async () => {
    const dir = tempDir();
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} serve --port 0 --db ${JSON.stringify(join(dir, 'tty.db'))}`;
    const child = spawn('script', ['-qfc', command, '/dev/null'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: { ...process.env, NO_COLOR: '1' },
    });
    const stdout = collectStdout(child);
    try {
      await eventually(() => stdout().includes('  log '));
      const text = stdout().replace(/\r/g, '');
      expect(text).toMatch(/^vpo-live serving http:\/\/127\.0\.0\.1:\d+\/jobs$/m);
      expect(text).toMatch(/^ {2}database {3}.*tty\.db {2}\(from --db\)$/m);
      expect(text).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: Server listening at /m);
      expect(text).not.toMatch(/^\{/m);
    } finally {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGINT');
      await exitOf(child);
    }
  });
});
