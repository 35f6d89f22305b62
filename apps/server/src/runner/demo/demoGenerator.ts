import { join } from 'node:path';
import type Database from 'better-sqlite3';
import type { JobType } from '@vpo-live/vpo-api';
import { cancelJob, retryJob } from '../../db/jobAdmin.ts';
import { pick, type Random, randomMediaPath, STATUS_MIXES } from '@vpo-live/vpo-api/fixtures';
import { insertJob } from '../../db/jobInserts.ts';
import { seedJobs } from '../../db/seedJobs.ts';
import { type RunnerClock, systemRunnerClock } from '../runnerClock.ts';
import { scanPolicyJson } from '../scan/scanPolicy.ts';
import { ensureDemoMedia, mutateDemoMedia } from './demoMedia.ts';

/** Settings of the demo workload generator. */
export interface DemoGeneratorOptions {
  readonly db: Database.Database;
  /** The demo library is created in `<dataDir>/demo-media`. */
  readonly dataDir: string;
  readonly clock?: RunnerClock;
  readonly random?: Random;
  /** Time between ticks (ms). Default 3000. */
  readonly intervalMs?: number;
  /** A tick enqueues only while fewer jobs than this are queued. Default 3. */
  readonly maxQueued?: number;
  /** Pause per file of demo scans (ms). Default 150. */
  readonly scanPaceMs?: number;
  /** Finished jobs inserted into an empty database on the first tick, so pages have history. Default 40. */
  readonly historyJobs?: number;
}

/** The generator's step. */
export interface DemoGenerator {
  /** One round: maybe change the library, enqueue, cancel or retry. Returns what it did. */
  tick(): string[];
}

/** A generator ticking on its own. */
export interface RunningDemoGenerator extends DemoGenerator {
  stop(): void;
}

const DEMO_TYPES: readonly JobType[] = ['apply', 'transcode', 'transcode', 'process', 'move', 'prune'];
const POLICIES = ['default', 'anime-jpn-first', '4k-hdr-keep'];

/** How many of its own job ids the generator remembers (the only jobs it ever cancels or retries). */
const OWN_JOBS_KEPT = 200;

/**
 * Keeps the pages alive (`serve --demo`): a steady trickle of real scans of a generated library and of demo
 * jobs, with the odd cancellation and retry — of its own jobs only, never one an operator queued — never
 * letting the queue grow past `maxQueued`.
 *
 * @example
 * const demo = createDemoGenerator({ db, dataDir: './.data' });
 * demo.tick(); // e.g. ['created demo library (34 files)', 'enqueued scan …']
 */
export function createDemoGenerator(options: DemoGeneratorOptions): DemoGenerator {
  const { db } = options;
  const clock = options.clock ?? systemRunnerClock;
  const random = options.random ?? Math.random;
  const mediaDir = join(options.dataDir, 'demo-media');
  const maxQueued = options.maxQueued ?? 3;
  const queued = db.prepare<[], { n: number }>(`SELECT COUNT(*) AS n FROM jobs WHERE status = 'queued'`);
  const anyJob = db.prepare(`SELECT 1 FROM jobs LIMIT 1`);
  const queuedIds = db.prepare<[], { id: string }>(`SELECT id FROM jobs WHERE status = 'queued'`);
  const failedIds = db.prepare<[], { id: string }>(
    `SELECT id FROM jobs WHERE status = 'failed' ORDER BY completed_at DESC LIMIT ${OWN_JOBS_KEPT}`,
  );
  // Insertion-ordered: the oldest is forgotten first.
  const own = new Set<string>();
  const remember = (id: string): string => {
    own.add(id);
    if (own.size > OWN_JOBS_KEPT) own.delete(own.values().next().value as string);
    return id;
  };
  let first = true;

  const setUp = (done: string[]) => {
    const files = ensureDemoMedia(mediaDir, random);
    if (files > 0) done.push(`created demo library ${mediaDir} (${files} files)`);
    const history = options.historyJobs ?? 40;
    if (history > 0 && !anyJob.get()) {
      seedJobs(db, { count: history, random, now: clock.now(), days: 3, statuses: STATUS_MIXES.finished });
      done.push(`inserted ${history} finished jobs as history`);
    }
  };

  const enqueue = (): string => {
    const now = clock.now();
    const priority = random() < 0.1 ? 50 : 100;
    if (random() < 0.3) {
      const id = remember(
        insertJob(
          db,
          {
            jobType: 'scan',
            filePath: mediaDir,
            priority,
            policyJson: scanPolicyJson({ prune: true, paceMs: options.scanPaceMs ?? 150 }),
          },
          now,
        ),
      );
      return `enqueued scan ${id}`;
    }
    const jobType = pick(random, DEMO_TYPES);
    const policyName = jobType === 'apply' || jobType === 'process' ? pick(random, POLICIES) : null;
    const id = remember(
      insertJob(
        db,
        { jobType, filePath: randomMediaPath(random, 0.05), priority, policyName, origin: 'daemon' },
        now,
      ),
    );
    return `enqueued ${jobType} ${id}`;
  };

  return {
    tick() {
      const done: string[] = [];
      if (first) {
        first = false;
        setUp(done);
      }
      if (random() < 0.3) done.push(`library: ${mutateDemoMedia(mediaDir, random)}`);
      if ((queued.get()?.n ?? 0) < maxQueued) done.push(enqueue());
      const roll = random();
      if (roll < 0.05) {
        const ids = queuedIds.all().filter(({ id }) => own.has(id));
        const victim = ids.length > 0 ? pick(random, ids).id : undefined;
        if (victim && cancelJob(db, victim, clock.now()).ok) done.push(`cancelled ${victim}`);
      } else if (roll < 0.09 && (queued.get()?.n ?? 0) < maxQueued) {
        const failed = failedIds.all().find(({ id }) => own.has(id))?.id;
        if (failed && retryJob(db, failed).ok) done.push(`retried ${failed}`);
      }
      return done;
    },
  };
}

/** Creates a generator and ticks it every `intervalMs` until stopped; `onTick` hears what each tick did. */
export function startDemoGenerator(
  options: DemoGeneratorOptions,
  onTick: (done: string[]) => void = () => undefined,
  onError: (error: unknown) => void = () => undefined,
): RunningDemoGenerator {
  const generator = createDemoGenerator(options);
  const clock = options.clock ?? systemRunnerClock;
  const stopper = new AbortController();
  const loop = async () => {
    while (!stopper.signal.aborted) {
      try {
        onTick(generator.tick());
      } catch (error) {
        onError(error);
      }
      await clock.sleep(options.intervalMs ?? 3000, stopper.signal).catch(() => undefined);
    }
  };
  void loop();
  return {
    tick: () => generator.tick(),
    stop: () => stopper.abort(),
  };
}
