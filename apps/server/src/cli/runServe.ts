import { logsDirOf } from '../config/serverConfig.ts';
import { openDatabase } from '../db/openDatabase.ts';
import { type RunningServer, startServer } from '../http/startServer.ts';
import { startDemoGenerator } from '../runner/demo/demoGenerator.ts';
import { createJobRunner, type RunnerEvent } from '../runner/jobRunner.ts';
import { failure } from './cliError.ts';
import type { CliIo } from './cliIo.ts';
import type { ServeSettings } from './serveSettings.ts';

/**
 * Starts the HTTP server, a job runner on its own connection to the same database file, and with demo on
 * the demo generator; prints the URL; then waits for SIGINT/SIGTERM and shuts down in order — generator,
 * runner (its running jobs go back to the queue), server. Resolves with the exit code.
 */
export async function runServe(settings: ServeSettings, io: CliIo): Promise<number> {
  const { config } = settings;
  let server: RunningServer;
  try {
    server = await startServer(config);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw failure(`cannot listen on ${config.host}:${config.port}: address already in use`);
    if (code === 'EADDRNOTAVAIL') throw failure(`cannot listen on ${config.host}: address not available`);
    throw error;
  }
  const log = server.app.log;
  const db = openDatabase(config.dbPath);
  const runner = createJobRunner({
    db,
    logsDir: logsDirOf(config),
    concurrency: settings.runner.concurrency,
    logBatching: settings.runner.logBatching,
    staleAfterMs: settings.runner.staleAfterMs,
    demo: { failureRate: settings.demo.failureRate },
    onEvent: (event) => logRunnerEvent(log, event),
  });
  runner.start();
  const demo = settings.demo.enabled
    ? startDemoGenerator(
        { db, dataDir: config.dataDir },
        (done) => done.forEach((what) => log.debug({ demo: what }, 'demo generator')),
        (error) => log.error({ err: error }, 'demo generator failed'),
      )
    : undefined;
  io.stdout.write(
    `vpo-live serving ${server.url}/jobs (database ${config.dbPath}${settings.demo.enabled ? ', demo workload on' : ''})\n`,
  );

  const signal = await io.waitForShutdown();
  log.info({ signal }, 'shutting down');
  demo?.stop();
  await runner.stop();
  await server.close();
  db.close();
  io.stderr.write(`vpo-live: stopped (${signal})\n`);
  return 0;
}

type Logger = RunningServer['app']['log'];

function logRunnerEvent(log: Logger, event: RunnerEvent): void {
  switch (event.type) {
    case 'claimed':
      log.info({ jobId: event.job.id, jobType: event.job.jobType }, 'job started');
      return;
    case 'finished':
      log.info({ jobId: event.job.id, jobType: event.job.jobType, end: event.end }, 'job ended');
      return;
    case 'recovered':
      log.warn({ count: event.count }, 're-queued stale jobs');
      return;
    case 'error':
      log.error({ err: event.error }, 'runner error');
  }
}
