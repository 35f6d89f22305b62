import { createServer } from 'node:net';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.ts';
import { DEFAULT_DB_PATH } from '../src/config/serverConfig.ts';
import { resolveServeSettings } from '../src/cli/serveSettings.ts';
import { openDatabase } from '../src/db/openDatabase.ts';
import { exitOf, expectUsageError, runBin, runInProcess, spawnBin, waitForLine } from './cliFixtures.ts';
import { cleanupTempDirs, tempDir, until } from './runnerFixtures.ts';

afterEach(cleanupTempDirs);

describe('serve settings', () => {
  it('uses the documented defaults', () => {
    const settings = resolveServeSettings({}, {});
    expect(settings.config).toMatchObject({
      host: '127.0.0.1',
      port: 8321,
      authToken: undefined,
      rateLimitPerMinute: 120,
      queryWorkers: 2,
      queryTimeoutMs: 5000,
    });
    // The workspace's .data/, whatever the current directory.
    expect(settings.config.dbPath).toBe(DEFAULT_DB_PATH);
    expect(settings.storeSource).toBe("the workspace's .data/");
    expect(settings.logFormat).toBe('auto');
    expect(settings.config.polling).toEqual({ interval: 5000, enabled: true, logInterval: 15_000 });
    expect(settings.runner).toEqual({
      concurrency: 2,
      logBatching: { batchLines: 100, flushIntervalMs: 1000 },
      staleAfterMs: 300_000,
    });
    expect(settings.demo).toEqual({ enabled: false, failureRate: 0.15 });
  });

  it('reads VPO_LIVE_* variables, and flags win over them', () => {
    const env = {
      VPO_LIVE_PORT: '9000',
      VPO_LIVE_HOST: '0.0.0.0',
      VPO_LIVE_DB: '/tmp/env.db',
      VPO_LIVE_POLLING_INTERVAL: '3000',
      VPO_LIVE_LOG_INTERVAL: '1000',
      VPO_LIVE_POLLING_ENABLED: 'false',
      VPO_LIVE_DEMO: 'yes',
      VPO_LIVE_CONCURRENCY: '4',
      VPO_LIVE_AUTH_TOKEN: 's3cret',
      VPO_LIVE_RATE_LIMIT: '0',
      VPO_LIVE_QUERY_WORKERS: '0',
      VPO_LIVE_QUERY_TIMEOUT_MS: '250',
      VPO_LIVE_TRUST_PROXY: '10.0.0.1,10.0.0.2',
      VPO_LIVE_LOG_FORMAT: 'json',
    };
    const fromEnv = resolveServeSettings({}, env);
    expect(fromEnv.config).toMatchObject({
      port: 9000,
      host: '0.0.0.0',
      dbPath: '/tmp/env.db',
      authToken: 's3cret',
      queryWorkers: 0,
      queryTimeoutMs: 250,
    });
    expect(fromEnv.config.rateLimitPerMinute).toBe(0);
    // The log interval is never below the polling interval.
    expect(fromEnv.config.polling).toEqual({ interval: 3000, enabled: false, logInterval: 3000 });
    expect(fromEnv.demo.enabled).toBe(true);
    expect(fromEnv.runner.concurrency).toBe(4);
    expect(fromEnv.config.trustProxy).toEqual(['10.0.0.1', '10.0.0.2']);
    expect(fromEnv.logFormat).toBe('json');
    expect(fromEnv.storeSource).toBe('env VPO_LIVE_DB');
    const flags = resolveServeSettings(
      {
        port: '0',
        db: '/tmp/flag.db',
        demo: false,
        concurrency: '1',
        queryWorkers: '3',
        queryTimeoutMs: '900',
      },
      env,
    );
    expect(flags.config).toMatchObject({
      port: 0,
      dbPath: '/tmp/flag.db',
      queryWorkers: 3,
      queryTimeoutMs: 900,
    });
    expect(flags.demo.enabled).toBe(false);
    expect(flags.runner.concurrency).toBe(1);
  });

  it('clamps polling intervals as VPO does instead of rejecting them', () => {
    expect(resolveServeSettings({ pollingInterval: '500' }, {}).config.polling.interval).toBe(2000);
    expect(resolveServeSettings({ pollingInterval: '999999' }, {}).config.polling.interval).toBe(60_000);
  });

  it.each([
    [{ port: 'abc' }, {}, /^invalid config port: port must be an integer$/],
    [{ port: '70000' }, {}, /^invalid config port/],
    [{}, { VPO_LIVE_PORT: '-1' }, /^invalid config port/],
    [{ host: 'bad host!' }, {}, /^invalid config host/],
    [{ concurrency: '0' }, {}, /^invalid --concurrency '0': expected an integer from 1 to 16$/],
    [{}, { VPO_LIVE_CONCURRENCY: 'lots' }, /^invalid env VPO_LIVE_CONCURRENCY 'lots'/],
    [{ logFlushMs: '5000' }, {}, /^invalid --log-flush-ms '5000'/],
    [{ demoFailureRate: '2' }, {}, /^invalid --demo-failure-rate '2'/],
    [{}, { VPO_LIVE_DEMO: 'maybe' }, /^invalid env VPO_LIVE_DEMO 'maybe'/],
    [{ authToken: 'has:colon' }, {}, /^invalid config authToken/],
    [{ trustProxy: '2' }, {}, /^invalid config trustProxy: a hop count/],
    [{}, { VPO_LIVE_TRUST_PROXY: 'proxy.lan' }, /^invalid config trustProxy: 'proxy\.lan'/],
    [{ logFormat: 'fancy' }, {}, /^invalid --log-format 'fancy': expected auto, pretty, json$/],
    [{}, { VPO_LIVE_LOG_FORMAT: 'xml' }, /^invalid env VPO_LIVE_LOG_FORMAT 'xml'/],
    [{ queryWorkers: '17' }, {}, /^invalid config queryWorkers: must be 0–16$/],
    [{}, { VPO_LIVE_QUERY_TIMEOUT_MS: '0' }, /^invalid config queryTimeoutMs: must be 1–3600000 ms$/],
  ])('rejects %j / %j with a one-line reason', (flags, env, message) => {
    expect(() => resolveServeSettings(flags, env)).toThrow(message);
  });

  it('exits 2 with one line for bad serve flags, before starting anything', async () => {
    expectUsageError(await runInProcess(['serve', '--port', 'abc']), /^vpo-live: invalid config port/);
    expectUsageError(
      await runInProcess(['serve', '--concurrency', '99']),
      /^vpo-live: invalid --concurrency/,
    );
    expectUsageError(await runInProcess(['serve'], { VPO_LIVE_RATE_LIMIT: 'x' }), /rateLimitPerMinute/);
    expectUsageError(await runInProcess(['serve', '--bogus']), /unknown option '--bogus'/);
  });
});

describe('vpo-live serve', () => {
  it('prints its URL, serves the API, and stops cleanly on SIGTERM (real process)', async () => {
    const dir = tempDir();
    const child = spawnBin(['serve', '--port', '0', '--db', join(dir, 'serve.db'), '--log-level', 'silent']);
    const line = await waitForLine(child, /http:\/\//);
    const base = /(http:\/\/127\.0\.0\.1:\d+)\/jobs/.exec(line)?.[1] ?? '';
    expect(base).not.toBe('');
    const health = await fetch(`${base}/health`);
    expect(health.status).toBe(200);
    const list = (await (await fetch(`${base}/api/jobs`)).json()) as { total: number };
    expect(list.total).toBe(0);
    child.kill('SIGTERM');
    expect(await exitOf(child)).toBe(0);
  });

  it('fails with exit 1 and one line when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const dir = tempDir();
      const result = await runBin([
        'serve',
        '--port',
        String(port),
        '--db',
        join(dir, 'x.db'),
        '--log-level',
        'silent',
      ]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`vpo-live: cannot listen on 127.0.0.1:${port}: address already in use\n`);
    } finally {
      blocker.close();
    }
  });

  it('with --demo keeps jobs flowing: a demo library, history, and live jobs', async () => {
    const dir = tempDir();
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
    const dbPath = join(dir, 'demo.db');
    const serving = runCli(['serve', '--port', '0', '--db', dbPath, '--demo', '--log-level', 'silent'], io);
    await until(() => printed.includes('http://'), 1_000_000);
    expect(printed).toMatch(/"demo":true/);
    const db = openDatabase(dbPath);
    const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    const deadline = Date.now() + 20_000;
    while (count("SELECT COUNT(*) AS n FROM jobs WHERE status = 'running'") === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(count("SELECT COUNT(*) AS n FROM jobs WHERE status = 'running'")).toBeGreaterThan(0);
    // 40 finished jobs of history (never deleted) plus the job the first tick enqueued. The demo may
    // already have retried a failed one of them, so history is counted whatever its status now.
    expect(count('SELECT COUNT(*) AS n FROM jobs')).toBeGreaterThanOrEqual(41);
    expect(
      count("SELECT COUNT(*) AS n FROM jobs WHERE status IN ('completed', 'failed', 'cancelled')"),
    ).toBeGreaterThanOrEqual(30);
    stop('SIGTERM');
    expect(await serving).toBe(0);
    // Shutdown handed running jobs back to the queue.
    expect(count("SELECT COUNT(*) AS n FROM jobs WHERE status = 'running'")).toBe(0);
    db.close();
  });
});
