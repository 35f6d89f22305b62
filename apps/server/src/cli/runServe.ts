import { logsDirOf } from '../config/serverConfig.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { type RunningServer, startServer } from '../http/startServer.ts';
import { startDemoGenerator } from '../runner/demo/demoGenerator.ts';
import { createJobRunner } from '../runner/jobRunner.ts';
import { failure } from './cliError.ts';
import type { CliIo } from './cliIo.ts';
import { describeRunnerEvent } from './logging/describeRunnerEvent.ts';
import { prettyLogStream } from './logging/prettyLogStream.ts';
import { formatStartBanner, startRecord } from './logging/startBanner.ts';
import type { ServeSettings } from './serveSettings.ts';
import { describeStore } from './storeOptions.ts';

/**
 * Starts the HTTP server, a job runner on its own connection to the same database file, and with demo on
 * the demo generator; prints the start banner (a JSON line when stdout is not a terminal); then waits for
 * SIGINT/SIGTERM and shuts down in order — generator, runner (its running jobs go back to the queue),
 * server. Resolves once all is closed; a failure to start throws (the CLI's exit code 1).
 */
export async function runServe(settings: ServeSettings, io: CliIo): Promise<void> {
  const { config } = settings;
  const isTerminal = (io.stdout as { isTTY?: boolean }).isTTY === true;
  const pretty = settings.logFormat === 'pretty' || (settings.logFormat === 'auto' && isTerminal);
  const colors = pretty && isTerminal && !io.env.NO_COLOR;
  if (settings.verbose) io.stderr.write(`${describeStore({ ...config, source: settings.storeSource })}\n`);
  let server: RunningServer;
  try {
    server = await startServer(config, {
      logStream: pretty ? prettyLogStream(io.stdout, { colors }) : io.stdout,
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw failure(`cannot listen on ${config.host}:${config.port}: address already in use`);
    if (code === 'EADDRNOTAVAIL') throw failure(`cannot listen on ${config.host}: address not available`);
    throw error;
  }
  const start = { url: server.url, config, storeSource: settings.storeSource, demo: settings.demo.enabled };
  io.stdout.write(pretty ? formatStartBanner(start) : startRecord(start, Date.now()));
  const log = server.app.log;
  const db = openDatabase(config.dbPath);
  const runner = createJobRunner({
    db,
    logsDir: logsDirOf(config),
    concurrency: settings.runner.concurrency,
    logBatching: settings.runner.logBatching,
    staleAfterMs: settings.runner.staleAfterMs,
    demo: { failureRate: settings.demo.failureRate },
    onEvent: (event) => {
      const { level, message, fields } = describeRunnerEvent(event);
      log[level](fields, message);
    },
  });
  runner.start();
  const demo = settings.demo.enabled
    ? startDemoGenerator(
        { db, dataDir: config.dataDir },
        (done) => done.forEach((what) => log.debug({ demo: what }, 'demo generator')),
        (error) => log.error({ err: error }, 'demo generator failed'),
      )
    : undefined;

  const signal = await io.waitForShutdown();
  log.info({ signal }, 'shutting down');
  demo?.stop();
  await runner.stop();
  await server.close();
  db.close();
  io.stderr.write(`vpo-live: stopped (${signal})\n`);
}
