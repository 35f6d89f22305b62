/**
 * The processes a server benchmark measures: a server script started as a child (its URL read from its
 * first stdout line), stopped with SIGTERM, and its CPU time read from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** A started server child and the URL it listens on. */
export interface ServerProcess {
  readonly child: ChildProcess;
  readonly url: string;
}

/**
 * Starts a script of bench/server (or at an absolute path) under tsx with `env` added; resolves with the
 * child and the first line it prints (a server's URL), once printed.
 */
export async function startScript(
  script: string,
  env: Readonly<Record<string, string>>,
): Promise<{ child: ChildProcess; firstLine: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(here, script)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const firstLine = await new Promise<string>((done, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) done(line.trim());
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
  });
  return { child, firstLine };
}

/** Starts `script` (in bench/server) on the database at `dbPath`; `responseCache` false turns it off. */
export async function startServerProcess(
  script: string,
  dbPath: string,
  responseCache = true,
): Promise<ServerProcess> {
  const { child, firstLine } = await startScript(script, {
    BENCH_DB_PATH: dbPath,
    BENCH_RESPONSE_CACHE: responseCache ? '1' : '0',
  });
  return { child, url: firstLine };
}

/** Stops a child with SIGTERM and waits for it to exit. */
export async function stopServerProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

const CLOCK_TICKS = 100;

/** CPU seconds (user + system) a process has used so far, from /proc (null where there is none). */
export function cpuSecondsOf(pid: number | undefined): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after "(comm) state".
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
