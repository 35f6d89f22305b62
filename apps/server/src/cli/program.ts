import { createRequire } from 'node:module';
import { Command } from 'commander';
import type { CliIo } from './cliIo.ts';
import { addEnqueueCommand } from './commands/enqueueCommand.ts';
import { addJobsCommand } from './commands/jobsCommand.ts';
import { addScanCommand } from './commands/scanCommand.ts';
import { addSeedCommand } from './commands/seedCommand.ts';
import { addServeCommand } from './commands/serveCommand.ts';

/**
 * The `vpo-live` command tree. Commander is told to throw instead of exiting and to print its errors as
 * one line, so {@link runCli} decides every exit code. Subcommands inherit both settings because they
 * are added after them.
 */
export function createProgram(io: CliIo): Command {
  const program = new Command('vpo-live')
    .description('VPO-compatible jobs server, job runner and job tools for the live Jobs pages')
    .version(packageVersion(), '-V, --version', 'print the version')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => void io.stdout.write(text),
      writeErr: (text) => void io.stderr.write(text),
      outputError: (text, write) => write(`${oneLine(text)}\n`),
    });
  addServeCommand(program, io);
  addScanCommand(program, io);
  addEnqueueCommand(program, io);
  addSeedCommand(program, io);
  addJobsCommand(program, io);
  return program;
}

/** `error: unknown option '--prot'\n(Did you mean --port?)` → `vpo-live: unknown option '--prot' (Did you mean --port?)`. */
export function oneLine(text: string): string {
  return `vpo-live: ${text
    .replace(/^error:\s*/i, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim()}`;
}

/** This package's version, read from its package.json (the one place it is written). */
function packageVersion(): string {
  const pkg = createRequire(import.meta.url)('../../package.json') as { version?: unknown };
  return typeof pkg.version === 'string' ? pkg.version : 'unknown';
}
