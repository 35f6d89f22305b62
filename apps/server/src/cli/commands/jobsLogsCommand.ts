import { join } from 'node:path';
import type { Command } from 'commander';
import { JobReader } from '../../db/jobReader.ts';
import type { CliIo } from '../cliIo.ts';
import { followJobLog } from '../followJobLog.ts';
import { printable } from '../format/printable.ts';
import { JOB_ID_HELP, resolveJobId } from '../resolveJobId.ts';
import { addStoreOptions, openStore, type StoreFlags } from '../storeOptions.ts';

/** `vpo-live jobs logs <id> [--follow]`: a job's log; with --follow, new lines until the job ends. */
export function addJobsLogsCommand(jobs: Command, io: CliIo): void {
  const command = jobs
    .command('logs')
    .description("print a job's log; --follow keeps printing new lines until the job has ended")
    .argument('<id>', JOB_ID_HELP)
    .option('-f, --follow', 'print new lines as they are written, until the job ends (each line once)');
  addStoreOptions(command).action(async (input: string, flags: StoreFlags & { follow?: boolean }) => {
    const { db, store } = openStore(flags, io);
    try {
      const { id } = resolveJobId(db, input);
      // Log lines carry file names, which may hold escape sequences: a terminal gets them made visible.
      const isTerminal = (io.stdout as { isTTY?: boolean }).isTTY === true;
      await followJobLog({
        reader: new JobReader(db),
        jobId: id,
        logPath: join(store.logsDir, `${id}.log`),
        follow: flags.follow === true,
        write: (line) => void io.stdout.write(`${isTerminal ? printable(line) : line}\n`),
      });
    } finally {
      db.close();
    }
  });
}
