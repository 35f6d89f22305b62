/**
 * Runs `vpo-live` the two ways the tests need: as a real child process (`node bin/vpo-live.js …`), and
 * in-process through `runCli` with captured output (fast, for the many bad-input cases).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { CliIo } from '../src/cli/cliIo.ts';
import { runCli } from '../src/cli/main.ts';

export const BIN = fileURLToPath(new URL('../bin/vpo-live.js', import.meta.url));
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** What a finished run printed and returned. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Environment for child runs: the parent's, without VPO_LIVE_* settings leaking in. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('VPO_LIVE_')) env[key] = value;
  return { ...env, ...extra };
}

/** Where a child runs. */
export interface BinOptions {
  /** The child's working directory (default: this process's). */
  readonly cwd?: string;
}

/** Spawns `node bin/vpo-live.js …args` and resolves when it exits. */
export function runBin(
  args: readonly string[],
  env: Record<string, string> = {},
  options: BinOptions = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawnBin(args, env, options);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Spawns the bin and leaves it running (serve). */
export function spawnBin(
  args: readonly string[],
  env: Record<string, string> = {},
  options: BinOptions = {},
): ChildProcess {
  return spawn(process.execPath, [BIN, ...args], {
    env: cleanEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  });
}

/** Resolves with the first stdout line of a running child that matches `pattern`. */
export function waitForLine(child: ChildProcess, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffer = '';
    let errors = '';
    const timer = setTimeout(
      () => reject(new Error(`no line matching ${pattern}; stderr: ${errors}`)),
      timeoutMs,
    );
    child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const line = buffer.split('\n').find((l) => pattern.test(l));
      if (line !== undefined) {
        clearTimeout(timer);
        resolve(line);
      }
    });
    child.on('exit', (code) =>
      reject(new Error(`exited with ${code} before printing ${pattern}: ${errors}`)),
    );
  });
}

/** Resolves with the exit code once the child has exited. */
export function exitOf(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

/** Runs `runCli` in this process with captured streams and the given environment. */
export async function runInProcess(
  args: readonly string[],
  env: Record<string, string> = {},
): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const io: CliIo = { stdout, stderr, env, waitForShutdown: () => new Promise(() => undefined) };
  const code = await runCli(args, io);
  return { code, stdout: out, stderr: err };
}

/** A bad-input result: exit 2 and exactly one line on stderr, naming the problem. */
export function expectUsageError(result: CliResult, mention: RegExp): void {
  expect({ code: result.code, stderr: result.stderr.split('\n').filter(Boolean) }).toEqual({
    code: 2,
    stderr: [expect.stringMatching(mention)],
  });
  expect(result.stdout).toBe('');
}

/**
 * Resolves once `check` resolves true, asking again every 50 ms. It has no deadline of its own: the test's
 * timeout bounds it, so a slow machine waits longer instead of failing.
 */
export async function eventually(check: () => Promise<boolean> | boolean): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 50));
}

/** Everything a child prints on stdout, as it arrives. */
export function collectStdout(child: ChildProcess): () => string {
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return () => text;
}
