/**
 * The job data the dashboard benchmark serves: a VPO-shaped job list (the fixtures' job generator, serialized
 * as the API does) whose every step changes 5 jobs on the first page and adds 1 new job at the top (which
 * pushes the oldest one off a 100-row page).
 */
import { formatTimestamp, JOB_LIST_LIMITS, toJobListItem, type JobListItem } from '@vpo-live/vpo-api';
import { createRandom, generateJob, STATUS_MIXES } from '@vpo-live/vpo-api/fixtures';

const START = Date.UTC(2026, 1, 1, 10, 0, 0);

/** A list item as the benchmark serves it (`toJobListItem` always gives a number for progress). */
export type BenchJob = JobListItem & { progress_percent: number };

/** Ids that tell the order of creation at a glance. */
const uuid = (n: number) =>
  `${n.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export interface BenchJobs {
  /** The first `limit` jobs, newest first, as GET /api/jobs returns them. */
  page(limit: number): {
    jobs: BenchJob[];
    total: number;
    limit: number;
    offset: number;
    has_filters: boolean;
    max_page_size: number;
  };
  /** Changes 5 jobs on the first page and adds one; returns the new job's id. */
  step(): string;
}

/** The same sequence for the same seed, so every client of the benchmark sees the same data. */
export function createBenchJobs(initial = 100, seed = 42): BenchJobs {
  const random = createRandom(seed);
  const jobs: BenchJob[] = [];
  let counter = 0;
  const make = (): BenchJob => {
    counter += 1;
    const options = { now: START + counter * 60_000, days: 1, statuses: STATUS_MIXES.busy };
    const item = toJobListItem(generateJob(random, options, uuid(counter)));
    return { ...item, progress_percent: item.progress_percent ?? 0 };
  };
  for (let i = 0; i < initial; i += 1) jobs.unshift(make());

  return {
    page(limit) {
      return {
        jobs: jobs.slice(0, limit),
        total: jobs.length,
        limit,
        offset: 0,
        has_filters: false,
        max_page_size: JOB_LIST_LIMITS.maxLimit,
      };
    },
    step() {
      const picked = new Set<number>();
      while (picked.size < 5) picked.add(Math.floor(random() * Math.min(jobs.length, 100)));
      for (const index of picked) {
        const job = jobs[index];
        if (!job) continue;
        if (job.status === 'running' && job.progress_percent < 90) {
          job.progress_percent = Math.round((job.progress_percent + 5 + random() * 5) * 10) / 10;
        } else if (job.status === 'queued') {
          job.status = 'running';
          job.progress_percent = 1;
        } else {
          job.status = 'completed';
          job.progress_percent = 100;
          job.completed_at = formatTimestamp(START + counter * 60_000);
          job.duration_seconds = 120;
        }
      }
      const fresh = make();
      jobs.unshift(fresh);
      return fresh.id;
    },
  };
}
