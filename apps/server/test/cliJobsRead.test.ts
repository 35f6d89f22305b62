import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  formatLogLine,
  formatTimestamp,
  queueSeconds,
  runSeconds,
  type JobDetail,
  type JobSeed,
} from '@vpo-live/vpo-api';
import { buildJobs } from '@vpo-live/vpo-api/testing';
import { JOB_ID_HELP } from '../src/cli/resolveJobId.ts';
import { cancelJob } from '../src/db/jobAdmin.ts';
import { claimNextJob, finishJob } from '../src/db/jobClaims.ts';
import { insertJob } from '../src/db/jobInserts.ts';
import {
  collectStdout,
  eventually,
  exitOf,
  expectUsageError,
  runBin,
  runInProcess,
  spawnBin,
} from './cliFixtures.ts';
import { cleanupTempDirs, createTestApp, ManualClock, type TestApp, writeJobs } from './httpFixtures.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
  cleanupTempDirs();
});

/** A database with a history of jobs, and the API over it (same clock as the CLI: now). */
function withJobs(extra: JobSeed[] = []): TestApp {
  t = createTestApp({}, { clock: new ManualClock(Date.now()) });
  writeJobs(t.foreign, [...buildJobs(60, 5), ...extra]);
  return t;
}

const apiList = async (app: TestApp, query: string) =>
  (await app.app.inject(`/api/jobs?${query}`)).json() as { jobs: unknown[]; total: number };

describe('vpo-live jobs list', () => {
  it('prints the API’s list, filtered the API’s way, with --json (same jobs, same total)', async () => {
    const fresh = {
      ...buildJobs(1, 9)[0]!,
      id: 'feed0000-0000-4000-8000-000000000001',
      status: 'failed' as const,
    };
    const app = withJobs([
      { ...fresh, created_at: formatTimestamp(Date.now() - 60_000), file_path: '/m/Fresh One.mkv' },
    ]);
    const cases: [string[], string][] = [
      [[], ''],
      [['--status', 'failed', '--limit', '5'], 'status=failed&limit=5'],
      [['--type', 'scan', '--sort', 'file_path', '--order', 'asc'], 'type=scan&sort=file_path&order=asc'],
      [['--since', '24h'], 'since=24h'],
      [['--search', 'fresh ONE'], 'search=fresh+ONE'],
      [['--limit', '7', '--offset', '14'], 'limit=7&offset=14'],
    ];
    for (const [flags, query] of cases) {
      const cli = await runInProcess(['jobs', 'list', '--json', ...flags, '--db', app.config.dbPath]);
      expect(cli.code, flags.join(' ')).toBe(0);
      const printed = JSON.parse(cli.stdout) as { jobs: unknown[]; total: number };
      const api = await apiList(app, query);
      expect({ jobs: printed.jobs, total: printed.total }, flags.join(' ')).toEqual({
        jobs: api.jobs,
        total: api.total,
      });
    }
    const fromSearch = JSON.parse(
      (await runInProcess(['jobs', 'list', '--json', '--search', 'fresh one', '--db', app.config.dbPath]))
        .stdout,
    ) as { jobs: { id: string }[] };
    expect(fromSearch.jobs.map((job) => job.id)).toEqual([fresh.id]);
  });

  it('prints a table with one row per job and how to get the next page (real process)', async () => {
    const app = withJobs();
    const api = await apiList(app, 'limit=10');
    const result = await runBin(['jobs', 'list', '--limit', '10', '--db', app.config.dbPath]);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+STATUS\s+TYPE\s+PROGRESS\s+CREATED \(UTC\)\s+FILE$/);
    expect(lines.slice(1, -1).map((line) => line.slice(0, 8))).toEqual(
      (api.jobs as { id: string }[]).map((job) => job.id.slice(0, 8)),
    );
    expect(lines.at(-1)).toBe(`1–10 of ${api.total} jobs; --offset 10 for more`);
  });

  it.each([
    [
      ['--status', 'done'],
      /^vpo-live: Invalid status value: 'done' \(one of: queued, running, completed, failed, cancelled\)$/,
    ],
    [['--type', 'encode'], /^vpo-live: Invalid type value: 'encode' \(one of: scan, .*prune\)$/],
    [['--since', '2d'], /^vpo-live: Invalid since value: '2d' \(one of: 24h, 7d, 30d\)$/],
    [['--sort', 'size'], /^vpo-live: Invalid sort value: 'size' \(one of: created_at, .*\)$/],
    [['--order', 'up'], /^vpo-live: Invalid order value: 'up' \(one of: asc, desc\)$/],
    [['--limit', '0'], /--limit <n>.*from 1 to 100/],
    [['--limit', '101'], /--limit <n>.*from 1 to 100/],
    [['--offset', '-1'], /--offset <n>/],
  ])('rejects %j with exit 2 and one line', async (flags, mention) => {
    const app = withJobs();
    expectUsageError(await runInProcess(['jobs', 'list', ...flags, '--db', app.config.dbPath]), mention);
  });
});

describe('output to a reader that stops early', () => {
  it('ends quietly with 0 when its pipe closes (`jobs list | head`), no EPIPE stack trace', async () => {
    const app = withJobs();
    const child = spawnBin(['jobs', 'list', '--limit', '50', '--db', app.config.dbPath]);
    // The reader is gone before the first line is written: every write meets a closed pipe.
    child.stdout?.destroy();
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await exitOf(child);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});

describe('vpo-live jobs show', () => {
  it('shows one job by id prefix, and with --json exactly the API’s detail', async () => {
    const app = withJobs();
    const job = buildJobs(60, 5).find((j) => j.status === 'failed')!;
    const detail = (await app.app.inject(`/api/jobs/${job.id}`)).json() as JobDetail;

    const json = await runInProcess([
      'jobs',
      'show',
      job.id.slice(0, 6),
      '--json',
      '--db',
      app.config.dbPath,
    ]);
    expect(JSON.parse(json.stdout)).toEqual(detail);

    const text = await runBin(['jobs', 'show', job.id.slice(0, 8), '--db', app.config.dbPath]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`id          ${job.id}\n`);
    expect(text.stdout).toContain(`status      failed\n`);
    expect(text.stdout).toContain(`error       ${String(detail.error_message)}\n`);
    // The same spans as the detail page (queue wait, run time) and VPO's duration as the dashboard names it.
    expect(text.stdout).toContain(`queue wait  ${queueSeconds(detail, Date.now())} s\n`);
    expect(text.stdout).toContain(`run time    ${runSeconds(detail, Date.now())} s\n`);
    expect(text.stdout).toContain(`total       ${detail.duration_seconds} s\n`);
  });

  it('shows control and bidi characters of stored text as escapes, never sends them to the terminal', async () => {
    const app = withJobs();
    const id = insertJob(app.foreign, { jobType: 'move', filePath: '/m/\u001b]0;pwned\u0007x\u202Evkm.mkv' });
    const result = await runInProcess(['jobs', 'show', id, '--db', app.config.dbPath]);
    // Bidi controls too: shown as the pages show them, so the path cannot read backwards.
    expect(result.stdout).toContain('file        /m/\\x1b]0;pwned\\x07x<U+202E>vkm.mkv\n');
    expect([...result.stdout].filter((char) => char < ' ' && char !== '\n')).toEqual([]);
    expect(result.stdout).not.toMatch(/\p{Bidi_Control}/u);
  });

  it('fails with exit 1 for an unknown job', async () => {
    const app = withJobs();
    const result = await runInProcess(['jobs', 'show', 'ffff0000', '--db', app.config.dbPath]);
    expect(result).toEqual({ code: 1, stdout: '', stderr: 'vpo-live: Job not found: ffff0000\n' });
  });
});

describe('vpo-live jobs logs', () => {
  const line = (text: string, second: number) => formatLogLine(Date.UTC(2026, 1, 1, 10, 0, second), text);

  function runningJob() {
    t = createTestApp();
    const { foreign: db, dir } = t;
    const id = insertJob(db, { jobType: 'scan', filePath: '/media' });
    const claim = claimNextJob(db, 4242);
    if (!claim) throw new Error('no claim');
    const logs = join(dir, 'logs');
    mkdirSync(logs, { recursive: true });
    const log = join(logs, `${id}.log`);
    const append = (text: string) => appendFileSync(log, text);
    return { db, dbPath: t.config.dbPath, id, claim, log, append };
  }

  it('prints the whole log and exits', async () => {
    const { dbPath, id, append } = runningJob();
    const lines = [line('JOB START: x', 1), line('Scanning directory: /media', 2)];
    append(lines.map((l) => `${l}\n`).join(''));
    const result = await runInProcess(['jobs', 'logs', id.slice(0, 4), '--db', dbPath]);
    expect(result).toEqual({ code: 0, stdout: `${lines.join('\n')}\n`, stderr: '' });
  });

  it('--follow prints each line exactly once as it is written, and exits when the job ends (real process)', async () => {
    const { db, dbPath, id, claim, append } = runningJob();
    const written: string[] = [];
    const write = (...texts: string[]) => {
      for (const text of texts) written.push(text);
      append(texts.map((text) => `${text}\n`).join(''));
    };
    write(line('JOB START: x', 1), line('Discovered 3 files', 2));
    const child = spawnBin(['jobs', 'logs', id, '--follow', '--db', dbPath]);
    const stdout = collectStdout(child);
    await eventually(() => stdout() === `${written.join('\n')}\n`);

    // Half a line is not a line yet: nothing is printed until its newline arrives.
    const scanned = line('Scanned: /media/a.mkv', 3);
    append(scanned.slice(0, 20));
    write(); // (nothing complete)
    append(`${scanned.slice(20)}\n`);
    written.push(scanned);
    await eventually(() => stdout() === `${written.join('\n')}\n`);

    write(line('Scanned: /media/b.mkv', 4), line('JOB END: SUCCESS', 5));
    finishJob(db, claim, { status: 'completed', summary: {}, outputPath: null }, Date.now());
    expect(await exitOf(child)).toBe(0);
    expect(stdout()).toBe(`${written.join('\n')}\n`);
  });

  it('--follow of a job cancelled before it ever ran ends at once, with nothing to print', async () => {
    t = createTestApp();
    const id = insertJob(t.foreign, { jobType: 'apply', filePath: '/m/x.mkv' });
    cancelJob(t.foreign, id);
    const result = await runBin(['jobs', 'logs', id, '--follow', '--db', t.config.dbPath]);
    expect(result).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('job id arguments', () => {
  it.each(['show', 'logs', 'cancel', 'retry', 'delete'])(
    'jobs %s --help describes the id alike',
    async (name) => {
      const help = (await runInProcess(['jobs', name, '--help'])).stdout;
      expect(help.replace(/\s+/g, ' ')).toContain(`Arguments: id ${JOB_ID_HELP}`);
    },
  );
});
