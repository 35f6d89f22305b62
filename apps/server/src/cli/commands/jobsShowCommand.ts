import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { toJobDetail } from '@vpo-live/vpo-api';
import { JobReader } from '../../db/jobReader.ts';
import { toJobSeed } from '../../db/toJobSeed.ts';
import { failure } from '../cliError.ts';
import type { CliIo } from '../cliIo.ts';
import { formatJobDetail } from '../format/formatJobDetail.ts';
import { JOB_ID_HELP, resolveJobId } from '../resolveJobId.ts';
import { addStoreOptions, openStore, type StoreFlags } from '../storeOptions.ts';

/** `vpo-live jobs show <id>`: one job as `GET /api/jobs/{id}` describes it. */
export function addJobsShowCommand(jobs: Command, io: CliIo): void {
  const command = jobs
    .command('show')
    .description('show one job: status, progress, times, error, summary')
    .argument('<id>', JOB_ID_HELP)
    .option('--json', 'print the API’s JSON (GET /api/jobs/{id})');
  addStoreOptions(command).action((input: string, flags: StoreFlags & { json?: boolean }) => {
    const { db, store } = openStore(flags, io);
    try {
      const { id } = resolveJobId(db, input);
      const row = new JobReader(db).getJob(id);
      if (row === undefined) throw failure(`Job not found: ${input}`);
      const detail = toJobDetail(toJobSeed(row), existsSync(join(store.logsDir, `${id}.log`)));
      io.stdout.write(flags.json ? `${JSON.stringify(detail, null, 2)}\n` : `${formatJobDetail(detail)}\n`);
    } finally {
      db.close();
    }
  });
}
