import { CommanderError } from 'commander';
import { CliError, EXIT } from './cliError.ts';
import { type CliIo, processIo } from './cliIo.ts';
import { createProgram, oneLine } from './program.ts';

/**
 * Runs `vpo-live` with `argv` (the words after the program name) and returns the exit code: 0 success,
 * 1 a failed request (unknown job, wrong state), 2 invalid flags or configuration — always with a one-line
 * reason on stderr. `serve` resolves only after SIGINT/SIGTERM and a clean shutdown.
 *
 * @example
 * const code = await runCli(['jobs', 'cancel', '6f1c2d3e'], io);
 */
export async function runCli(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const program = createProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    // Commander has already printed its own message (as one line, see createProgram).
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof CliError) {
      io.stderr.write(`${oneLine(error.message)}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${oneLine(`unexpected error: ${message}`)}\n`);
    return EXIT.failure;
  }
}

/** The process entry point used by `bin/vpo-live.js`. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  process.exitCode = await runCli(argv);
  // Everything is closed by now; should a stray handle remain, it must not keep the process alive.
  setTimeout(() => process.exit(), 3000).unref();
}
