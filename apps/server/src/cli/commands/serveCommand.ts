import type { Command } from 'commander';
import type { CliIo } from '../cliIo.ts';
import { type ServeFlags, resolveServeSettings } from '../serveSettings.ts';
import { STORE_HELP } from '../storeOptions.ts';

/** `vpo-live serve`: the HTTP server, the job runner, and with `--demo` a stream of demo jobs. */
export function addServeCommand(program: Command, io: CliIo): void {
  program
    .command('serve')
    .description('serve the jobs API and pages, and run queued jobs (until SIGINT/SIGTERM)')
    .option('--port <n>', 'port to listen on, 0 = any free port (env VPO_LIVE_PORT; default 8321)')
    .option('--host <host>', 'address to listen on (env VPO_LIVE_HOST; default 127.0.0.1)')
    .option('--db <path>', STORE_HELP.db)
    .option(
      '--data-dir <path>',
      "folder holding logs/ and demo-media/ (env VPO_LIVE_DATA_DIR; default: the database's folder, else the workspace's .data/)",
    )
    .option('--verbose', STORE_HELP.verbose)
    .option(
      '--polling-interval <ms>',
      'page polling interval, clamped to 2000–60000 (env VPO_LIVE_POLLING_INTERVAL; default 5000)',
    )
    .option(
      '--log-interval <ms>',
      'page log polling interval, at least the polling interval (env VPO_LIVE_LOG_INTERVAL; default 15000)',
    )
    .option('--no-polling', 'render pages with polling disabled (env VPO_LIVE_POLLING_ENABLED=false)')
    .option('--demo', 'keep a realistic stream of scans and demo jobs going (env VPO_LIVE_DEMO)')
    .option('--no-demo', 'no demo workload (the default)')
    .option(
      '--demo-failure-rate <r>',
      'share of demo jobs that fail, 0–1 (env VPO_LIVE_DEMO_FAILURE_RATE; default 0.15)',
    )
    .option(
      '--auth-token <token>',
      'require HTTP Basic auth with this password, /health excepted (env VPO_LIVE_AUTH_TOKEN)',
    )
    .option(
      '--rate-limit <n>',
      'GET requests per minute per client on /api, 0 = off (env VPO_LIVE_RATE_LIMIT; default 120)',
    )
    .option(
      '--query-workers <n>',
      'threads running list queries off the event loop, 0–16; 0 = on it (env VPO_LIVE_QUERY_WORKERS; default 2)',
    )
    .option(
      '--query-timeout-ms <ms>',
      'stop a list query after this long and answer 503 QUERY_TIMEOUT (env VPO_LIVE_QUERY_TIMEOUT_MS; default 5000)',
    )
    .option(
      '--trust-proxy <value>',
      'take the client address from X-Forwarded-For: true, false, a hop count, or proxy addresses/CIDRs, comma-separated (env VPO_LIVE_TRUST_PROXY; default false)',
    )
    .option(
      '--log-level <level>',
      'server log level: fatal…trace or silent; requests are logged at debug (env VPO_LIVE_LOG_LEVEL; default info)',
    )
    .option(
      '--log-format <format>',
      'auto, pretty or json; auto is pretty on a terminal, else JSON lines (env VPO_LIVE_LOG_FORMAT; default auto)',
    )
    .option('--concurrency <n>', 'jobs run at once, 1–16 (env VPO_LIVE_CONCURRENCY; default 2)')
    .option(
      '--log-batch <n>',
      'job log lines written per batch, 1–1000 (env VPO_LIVE_LOG_BATCH; default 100, as VPO)',
    )
    .option(
      '--log-flush-ms <ms>',
      'longest wait before buffered log lines are written, 50–1000 (env VPO_LIVE_LOG_FLUSH_MS; default 1000)',
    )
    .option(
      '--stale-after <s>',
      're-queue running jobs without a heartbeat for this long, 5–86400 (env VPO_LIVE_STALE_AFTER; default 300)',
    )
    .action(async (flags: ServeFlags, command: Command) => {
      // Commander defaults `polling` to true; only an explicit --no-polling should override the environment.
      const polling = command.getOptionValueSource('polling') === 'cli' ? false : undefined;
      const settings = resolveServeSettings({ ...flags, polling }, io.env);
      // Loaded on demand: the other commands start faster without the HTTP stack.
      const { runServe } = await import('../runServe.ts');
      await runServe(settings, io);
    });
}
