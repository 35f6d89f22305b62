import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { createRandom, STATUS_MIXES } from '@vpo-live/vpo-api/fixtures';
import { seedJobs } from '../../db/seedJobs.ts';
import type { CliIo } from '../cliIo.ts';
import { integerIn } from '../parseNumbers.ts';
import { addStoreOptions, openStore, type StoreFlags } from '../storeOptions.ts';

interface SeedFlags extends StoreFlags {
  readonly jobs: number;
  readonly days: number;
  readonly seed?: number;
  readonly active: boolean;
  readonly create?: boolean;
}

/** Rows between progress-bar updates: the bar must not slow the insert loop down. */
const BAR_STEP = 1000;

/**
 * `vpo-live seed --jobs N`: inserts N jobs from the fixtures' generator in one transaction ({@link seedJobs}),
 * with a progress bar on stderr and a one-line result on stdout.
 */
export function addSeedCommand(program: Command, io: CliIo): void {
  const command = program
    .command('seed')
    .description('insert a realistic mix of generated jobs (types, statuses, paths, times)')
    .option('--jobs <n>', 'how many jobs, 1–1000000', integerIn(1, 1_000_000), 1000)
    .option('--days <n>', 'spread creation times over this many past days, 1–3650', integerIn(1, 3650), 45)
    .option('--seed <n>', 'random seed, for a reproducible data set', integerIn(0, 0xffff_ffff))
    .option('--no-active', 'only finished jobs (no queued or running rows)')
    .option('--create', 'create the database if it does not exist yet');
  addStoreOptions(command).action((flags: SeedFlags) => {
    const { db, store } = openStore(flags, io, { create: flags.create });
    const random = createRandom(flags.seed ?? Math.floor(Math.random() * 0xffff_ffff));
    const bar = new cliProgress.SingleBar(
      {
        stream: io.stderr,
        format: 'seeding [{bar}] {percentage}% | {value}/{total} jobs | {duration}s',
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    const started = performance.now();
    try {
      bar.start(flags.jobs, 0);
      seedJobs(db, {
        count: flags.jobs,
        random,
        now: Date.now(),
        days: flags.days,
        statuses: flags.active ? STATUS_MIXES.history : STATUS_MIXES.finished,
        onProgress: (done) => bar.update(done),
        progressEvery: BAR_STEP,
      });
      bar.update(flags.jobs);
    } finally {
      bar.stop();
      db.close();
    }
    const seconds = (performance.now() - started) / 1000;
    io.stdout.write(`Seeded ${flags.jobs} jobs into ${store.dbPath} in ${seconds.toFixed(2)} s\n`);
  });
}
