import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { REPO_ROOT, SERVER_BIN } from './paths.ts';

const exec = promisify(execFile);

export interface CliResult {
  stdout: string;
  stderr: string;
}

/**
 * Runs `vpo-live <args…>` against a database (and data folder, for job logs), as an operator would while the
 * server runs.
 * Rejects with the CLI's stderr when it exits non-zero.
 *
 * @example await runCli(['jobs', 'cancel', id], { db })
 */
export async function runCli(
  args: readonly string[],
  options: { db: string; dataDir?: string; env?: NodeJS.ProcessEnv },
): Promise<CliResult> {
  const store = ['--db', options.db, ...(options.dataDir ? ['--data-dir', options.dataDir] : [])];
  try {
    const { stdout, stderr } = await exec(process.execPath, [SERVER_BIN, ...args, ...store], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...options.env },
      timeout: 30_000,
    });
    return { stdout, stderr };
  } catch (error) {
    const failed = error as Error & { stderr?: string; stdout?: string };
    throw new Error(`vpo-live ${args.join(' ')} failed: ${failed.stderr || failed.stdout || failed.message}`);
  }
}
