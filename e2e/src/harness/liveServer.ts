import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './freePort.ts';
import { REPO_ROOT, SERVER_BIN } from './paths.ts';
import { runCli, type CliResult } from './runCli.ts';
import { sleep, waitFor } from './waitFor.ts';

export interface LiveServerOptions {
  /** Polling interval written into the host pages (default 2000 ms, the fastest VPO allows). */
  pollingInterval?: number;
  /** Extra `serve` flags. */
  args?: readonly string[];
}

/** A real `vpo-live serve` process on a free port, with its own temporary database and data folder. */
export interface LiveServer {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  readonly db: string;
  /** Everything the process printed, for failure messages. */
  output(): string;
  /** Runs a CLI command against this server's database and data folder. */
  cli(args: readonly string[]): Promise<CliResult>;
  /** Kills the process (SIGKILL: a crash, not a graceful stop) and waits until the port refuses. */
  kill(): Promise<void>;
  /** Starts it again on the same port and database (with `extraArgs` added), and waits until it answers. */
  restart(extraArgs?: readonly string[]): Promise<void>;
  /** Stops the process and deletes the temporary folder. */
  dispose(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

/**
 * Starts the server the way an operator does — `node apps/server/bin/vpo-live.js serve …` — and waits for
 * `/health`. The process runs in its own process group so a kill takes any children with it.
 *
 * @example
 * const server = await startLiveServer();
 * await server.cli(['seed', '--jobs', '20']);
 * await page.goto(`${server.url}/jobs`);
 */
export async function startLiveServer(options: LiveServerOptions = {}): Promise<LiveServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'vpo-live-e2e-'));
  const db = join(dataDir, 'vpo-live.db');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const args = [
    SERVER_BIN,
    'serve',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--db',
    db,
    '--data-dir',
    dataDir,
    '--polling-interval',
    String(options.pollingInterval ?? 2000),
    '--no-demo',
    '--rate-limit',
    '0',
    '--log-level',
    'warn',
    ...(options.args ?? []),
  ];
  let child: ChildProcess | undefined;
  let log = '';

  const launch = async (extraArgs: readonly string[] = []) => {
    const proc = spawn(process.execPath, [...args, ...extraArgs], {
      cwd: REPO_ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    proc.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    proc.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    let exited = false;
    proc.once('exit', () => (exited = true));
    await waitFor(
      `vpo-live serve on ${url}`,
      async () => {
        if (exited) throw new Error(`server exited:\n${log}`);
        return answers(url);
      },
      { timeoutMs: 20_000 },
    );
  };

  const kill = async () => {
    const proc = child;
    child = undefined;
    if (!proc || proc.exitCode !== null || proc.pid === undefined) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    try {
      process.kill(-proc.pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    await Promise.race([exited, sleep(5000)]);
    await waitFor('the port to close', async () => !(await answers(url)), { timeoutMs: 5000 });
  };

  await launch();
  return {
    url,
    port,
    dataDir,
    db,
    output: () => log,
    cli: (cliArgs) => runCli(cliArgs, { db, dataDir }),
    kill,
    restart: launch,
    async dispose() {
      await kill();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
