import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { DEFAULT_PRIORITY } from '@vpo-live/vpo-api';
import { insertJob } from '../../db/jobInserts.ts';
import { MAX_PACE_MS, scanPolicyJson } from '../../runner/scan/scanPolicy.ts';
import { usageError } from '../cliError.ts';
import type { CliIo } from '../cliIo.ts';
import { integerIn } from '../parseNumbers.ts';
import { addStoreOptions, openStore, type StoreFlags } from '../storeOptions.ts';

interface ScanFlags extends StoreFlags {
  readonly paceMs?: number;
  readonly priority: number;
  readonly prune?: boolean;
  readonly full?: boolean;
}

/** `vpo-live scan <dir>`: enqueues a scan job and prints its id (only the id) on stdout. */
export function addScanCommand(program: Command, io: CliIo): void {
  const command = program
    .command('scan')
    .description('enqueue a scan of a directory; prints the new job id')
    .argument('<dir>', 'directory to scan (walked recursively; every file is hashed)')
    .option(
      '--pace-ms <n>',
      `pause after each file, 0–${MAX_PACE_MS} ms (to watch progress move)`,
      integerIn(0, MAX_PACE_MS),
    )
    .option(
      '--priority <n>',
      'queue priority, 0–1000; lower runs sooner',
      integerIn(0, 1000),
      DEFAULT_PRIORITY,
    )
    .option('--prune', 'drop library entries of files no longer on disk')
    .option('--full', 'hash every file, also unchanged ones');
  addStoreOptions(command).action((dir: string, flags: ScanFlags) => {
    const directory = resolve(dir);
    let isDirectory = false;
    try {
      isDirectory = statSync(directory).isDirectory();
    } catch {
      throw usageError(`directory not found: ${dir}`);
    }
    if (!isDirectory) throw usageError(`not a directory: ${dir}`);
    const { db } = openStore(flags, io);
    try {
      const id = insertJob(db, {
        jobType: 'scan',
        filePath: directory,
        priority: flags.priority,
        policyJson: scanPolicyJson({
          paceMs: flags.paceMs ?? 0,
          prune: flags.prune ?? false,
          verifyHash: flags.full ?? false,
        }),
      });
      io.stdout.write(`${id}\n`);
    } finally {
      db.close();
    }
  });
}
