import { Argument, type Command } from 'commander';
import { DEFAULT_PRIORITY, type JobType } from '@vpo-live/vpo-api';
import { insertJob } from '../../db/jobInserts.ts';
import type { CliIo } from '../cliIo.ts';
import { integerIn } from '../parseNumbers.ts';
import { addStoreOptions, openStore, type StoreFlags } from '../storeOptions.ts';

interface EnqueueFlags extends StoreFlags {
  readonly priority: number;
  readonly policy?: string;
  readonly durationMs?: number;
  readonly fail?: boolean;
}

const DEMO_TYPES = ['apply', 'transcode', 'move', 'process', 'prune'] as const;

/** `vpo-live enqueue <type> <path>`: a demo job of another type; prints its id. */
export function addEnqueueCommand(program: Command, io: CliIo): void {
  const command = program
    .command('enqueue')
    .description('enqueue a demo job (simulated apply/transcode/move/process/prune); prints the new job id')
    .addArgument(new Argument('<type>', 'job type').choices(DEMO_TYPES))
    .argument('<path>', 'the media file the job is about (not read or written)')
    .option(
      '--priority <n>',
      'queue priority, 0–1000; lower runs sooner',
      integerIn(0, 1000),
      DEFAULT_PRIORITY,
    )
    .option('--policy <name>', 'policy name recorded on the job')
    .option('--duration-ms <n>', 'how long the demo run takes, 0–3600000 ms', integerIn(0, 3_600_000))
    .option('--fail', "make this run fail (without it, it fails at the server's --demo-failure-rate)");
  addStoreOptions(command).action((type: JobType, path: string, flags: EnqueueFlags) => {
    const demo = {
      ...(flags.durationMs === undefined ? {} : { duration_ms: flags.durationMs }),
      ...(flags.fail ? { fail: true } : {}),
    };
    const { db } = openStore(flags, io);
    try {
      const id = insertJob(db, {
        jobType: type,
        filePath: path,
        priority: flags.priority,
        policyName: flags.policy ?? null,
        policyJson: Object.keys(demo).length > 0 ? JSON.stringify({ demo }) : null,
      });
      io.stdout.write(`${id}\n`);
    } finally {
      db.close();
    }
  });
}
