/**
 * Generated job history: a realistic mix of types, statuses, paths (spaces, non-Latin titles, a few
 * hostile strings), times spread over past days, durations by type, and the summary or error each
 * outcome leaves. Pure and seeded: the same seed gives the same rows.
 */
import { formatTimestamp, type JobStatus, type JobType } from '@vpo-live/vpo-api';
import type { JobRow } from '../../db/jobInserts.ts';
import { demoOutcome } from './demoPlans.ts';
import { between, pick, type Random, randomLibraryDir, randomMediaPath } from './mediaNames.ts';

/** Options of {@link makeSeedRow}. */
export interface SeedOptions {
  /** Newest possible creation time (epoch ms). */
  readonly now: number;
  /** How far back creation times go. */
  readonly days: number;
  /** Allow queued and running rows (an active queue) besides finished ones. */
  readonly active: boolean;
}

const TYPES: readonly (readonly [JobType, number])[] = [
  ['scan', 0.18],
  ['apply', 0.22],
  ['transcode', 0.25],
  ['process', 0.2],
  ['move', 0.1],
  ['prune', 0.05],
];
const FINISHED: readonly (readonly [JobStatus, number])[] = [
  ['completed', 0.8],
  ['failed', 0.12],
  ['cancelled', 0.08],
];
const ACTIVE: readonly (readonly [JobStatus, number])[] = [
  ['completed', 0.78],
  ['failed', 0.11],
  ['cancelled', 0.07],
  ['queued', 0.03],
  ['running', 0.01],
];
/** Typical run time per type, in seconds: [min, max]. */
const DURATION_S: Record<JobType, readonly [number, number]> = {
  scan: [4, 600],
  apply: [1, 20],
  transcode: [300, 7200],
  process: [30, 5400],
  move: [5, 400],
  prune: [2, 90],
};
const POLICIES = ['default', 'anime-jpn-first', '4k-hdr-keep', 'kids "safe" audio', 'français-d’abord'];

function weighted<T>(random: Random, table: readonly (readonly [T, number])[]): T {
  let roll = random();
  for (const [value, weight] of table) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return (table[table.length - 1] as readonly [T, number])[0];
}

/** A version-4 UUID drawn from `random` (reproducible, unlike crypto.randomUUID). */
export function randomUuid(random: Random): string {
  const word = () =>
    Math.floor(random() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0');
  const s = word() + word() + word() + word();
  // Version nibble 4; variant bits 10xx.
  const variant = '89ab'[Number.parseInt(s.charAt(16), 16) & 3] ?? '8';
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20)}`;
}

/** One generated job row (with a random id unless given). */
export function makeSeedRow(random: Random, options: SeedOptions, id: string = randomUuid(random)): JobRow {
  const jobType = weighted(random, TYPES);
  const status = weighted(random, options.active ? ACTIVE : FINISHED);
  const filePath = jobType === 'scan' ? randomLibraryDir(random) : randomMediaPath(random, 0.02);
  const policyName = jobType === 'apply' || jobType === 'process' ? pick(random, POLICIES) : null;
  const [minS, maxS] = DURATION_S[jobType];
  const runMs = between(random, minS, maxS) * 1000 + random() * 1000;
  const waitMs = random() * 30_000;
  const recent = status === 'queued' || status === 'running';
  const span = recent ? 3_600_000 : options.days * 86_400_000;
  const created = options.now - runMs - waitMs - random() * span;
  const started = created + waitMs;
  const row: JobRow = {
    id,
    file_path: filePath,
    job_type: jobType,
    status,
    priority: random() < 0.85 ? 100 : pick(random, [0, 10, 50, 200, 500]),
    policy_name: policyName,
    policy_json: null,
    progress_percent: 0,
    created_at: formatTimestamp(created),
    started_at: null,
    completed_at: null,
    worker_pid: null,
    worker_heartbeat: null,
    output_path: null,
    error_message: null,
    summary_json: null,
    log_path: null,
    origin: random() < 0.7 ? 'cli' : 'daemon',
    processed_count: null,
    total_count: null,
  };
  if (status === 'queued') return row;
  row.started_at = formatTimestamp(started);
  if (status === 'running') {
    // A worker that died mid-run: its heartbeat stopped long ago, so a runner will re-queue it.
    row.progress_percent = Math.round(random() * 900) / 10;
    row.worker_pid = between(random, 2000, 60_000);
    row.worker_heartbeat = formatTimestamp(started + random() * 60_000);
    return row;
  }
  const fraction = status === 'completed' ? 1 : random();
  row.completed_at = formatTimestamp(started + runMs * fraction);
  if (status === 'cancelled') {
    row.progress_percent = Math.round(fraction * 900) / 10;
    return row;
  }
  const failed = status === 'failed';
  if (jobType === 'scan') {
    row.progress_percent = failed ? 0 : 100;
    if (failed) row.error_message = `Directory not found: ${filePath}`;
    else row.summary_json = JSON.stringify(scanSummary(random));
    return row;
  }
  const plan = demoOutcome(jobType, filePath, policyName, random, failed);
  row.progress_percent = failed ? Math.round(fraction * 900) / 10 : 100;
  row.error_message = plan.failure?.message ?? null;
  const summary = failed ? (plan.failure?.summary ?? null) : plan.summary;
  row.summary_json = summary ? JSON.stringify(summary) : null;
  row.output_path = failed ? null : plan.outputPath;
  return row;
}

function scanSummary(random: Random) {
  const total = between(random, 5, 4000);
  const errors = random() < 0.15 ? between(random, 1, 5) : 0;
  const scanned = Math.min(total - errors, between(random, 0, Math.ceil(total / 4)));
  const added = between(random, 0, scanned);
  return {
    total_discovered: total,
    scanned,
    skipped: total - scanned - errors,
    added,
    removed: random() < 0.2 ? between(random, 1, 10) : 0,
    errors,
  };
}
