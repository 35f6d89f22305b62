/**
 * The job data the dashboard benchmark serves: a VPO-shaped job list whose every step changes 5 jobs on the
 * first page and adds 1 new job at the top (which pushes the oldest one off a 100-row page).
 */
export interface BenchJob {
  id: string;
  job_type: string;
  status: string;
  file_path: string;
  progress_percent: number;
  created_at: string;
  completed_at: string | null;
  duration_seconds: number | null;
}

const TYPES = ['scan', 'apply', 'transcode', 'move', 'process', 'prune'];
const START = Date.UTC(2026, 1, 1, 10, 0, 0);

/** A small deterministic PRNG (mulberry32), so both renderers see the same sequence. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const uuid = (n: number) =>
  `${n.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '000+00:00');

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

export function createBenchJobs(initial = 100, seed = 42): BenchJobs {
  const rand = random(seed);
  const jobs: BenchJob[] = [];
  let counter = 0;
  const make = (): BenchJob => {
    counter += 1;
    const status = ['running', 'queued', 'completed', 'failed'][Math.floor(rand() * 4)] ?? 'queued';
    return {
      id: uuid(counter),
      job_type: TYPES[counter % TYPES.length] ?? 'scan',
      status,
      file_path: `/media/library/Show ${counter}/Episode ${counter % 24}.mkv`,
      progress_percent:
        status === 'running' ? Math.round(rand() * 900) / 10 : status === 'completed' ? 100 : 0,
      created_at: iso(START + counter * 60_000),
      completed_at:
        status === 'completed' || status === 'failed' ? iso(START + counter * 60_000 + 90_000) : null,
      duration_seconds: status === 'completed' || status === 'failed' ? 90 : null,
    };
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
        max_page_size: 100,
      };
    },
    step() {
      const picked = new Set<number>();
      while (picked.size < 5) picked.add(Math.floor(rand() * Math.min(jobs.length, 100)));
      for (const index of picked) {
        const job = jobs[index];
        if (!job) continue;
        if (job.status === 'running' && job.progress_percent < 90) {
          job.progress_percent = Math.round((job.progress_percent + 5 + rand() * 5) * 10) / 10;
        } else if (job.status === 'queued') {
          job.status = 'running';
          job.progress_percent = 1;
        } else {
          job.status = 'completed';
          job.progress_percent = 100;
          job.completed_at = iso(START + counter * 60_000);
          job.duration_seconds = 120;
        }
      }
      const fresh = make();
      jobs.unshift(fresh);
      return fresh.id;
    },
  };
}
