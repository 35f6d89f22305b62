/**
 * Fills a database with a realistic job history for the benchmark: jobs spread over the last 90 days,
 * mostly finished, every type, file paths from a media library (so searches match some and not others).
 * Deterministic (seeded PRNG), inserted in one transaction through the server's own schema.
 */
import { randomUUID } from 'node:crypto';
import { formatTimestamp } from '@vpo-live/vpo-api';
import Database from 'better-sqlite3';
import { MIGRATIONS, migrate } from '../../apps/server/src/db/migrations.ts';

const SHOWS = [
  'The Matrix',
  'Breaking Bad',
  'Planet Earth',
  'Cosmos',
  'The Wire',
  'Dark',
  'Fargo',
  'Severance',
];
const STATUSES: [string, number][] = [
  ['completed', 0.8],
  ['failed', 0.08],
  ['cancelled', 0.04],
  ['queued', 0.05],
  ['running', 0.03],
];
const TYPES: [string, number][] = [
  ['transcode', 0.3],
  ['scan', 0.2],
  ['apply', 0.2],
  ['process', 0.15],
  ['move', 0.1],
  ['prune', 0.05],
];

/** mulberry32: small, fast, good enough to spread test data. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(random: () => number, table: [string, number][]): string {
  let roll = random();
  for (const [value, weight] of table) {
    roll -= weight;
    if (roll <= 0) return value;
  }
  return table[table.length - 1]![0];
}

const SINCE_AGES = [86_400_000, 7 * 86_400_000, 30 * 86_400_000];
const MARGIN = 30 * 60_000;

/**
 * Keeps jobs 30 min away from the since=24h/7d/30d cutoffs: a job ageing out of a window during a run would
 * (rightly) change that list's ETag, and the load tool would keep sending the stale one.
 */
function awayFromSinceCutoffs(created: number, now: number): number {
  for (const age of SINCE_AGES) {
    const cutoff = now - age;
    if (Math.abs(created - cutoff) < MARGIN) return cutoff + (created >= cutoff ? MARGIN : -MARGIN);
  }
  return created;
}

/**
 * Writes `count` jobs created before `now`; returns a few ids for detail requests. The tables and triggers
 * come first and the list indexes after the rows (one bulk build each, much faster than row by row); the
 * end state is the same schema the server migrates to.
 */
export function seedJobs(dbPath: string, count: number, now: number): string[] {
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  migrate(db, MIGRATIONS.slice(0, 3));
  const random = prng(17);
  const insert = db.prepare(
    `INSERT INTO jobs (id, file_path, job_type, status, priority, progress_percent, created_at, started_at,
       completed_at, error_message, summary_json, processed_count, total_count)
     VALUES (@id, @file_path, @job_type, @status, @priority, @progress_percent, @created_at, @started_at,
       @completed_at, @error_message, @summary_json, @processed_count, @total_count)`,
  );
  const ids: string[] = [];
  db.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const status = pick(random, STATUSES);
      const jobType = pick(random, TYPES);
      const created = awayFromSinceCutoffs(now - Math.floor(random() * 90 * 86_400_000), now);
      const started = status === 'queued' ? null : created + Math.floor(random() * 60_000);
      const finished = ['completed', 'failed', 'cancelled'].includes(status);
      const completed = finished && started !== null ? started + Math.floor(random() * 3_600_000) : null;
      const show = SHOWS[Math.floor(random() * SHOWS.length)]!;
      const season = 1 + Math.floor(random() * 5);
      const episode = 1 + Math.floor(random() * 12);
      const total = jobType === 'scan' ? 50 + Math.floor(random() * 500) : null;
      const id = randomUUID();
      if (i % 20_000 === 0) ids.push(id);
      insert.run({
        id,
        file_path: `/media/library/${show}/Season ${season}/${show} S0${season}E${String(episode).padStart(2, '0')}.mkv`,
        job_type: jobType,
        status,
        priority: 100,
        progress_percent:
          status === 'completed' ? 100 : status === 'running' ? Math.round(random() * 1000) / 10 : 0,
        created_at: formatTimestamp(created),
        started_at: started === null ? null : formatTimestamp(started),
        completed_at: completed === null ? null : formatTimestamp(completed),
        error_message: status === 'failed' ? 'ffmpeg exited with code 1' : null,
        summary_json:
          jobType === 'scan' && status === 'completed'
            ? JSON.stringify({
                total_discovered: total,
                scanned: total,
                skipped: 0,
                added: 3,
                removed: 0,
                errors: 0,
              })
            : null,
        processed_count: status === 'running' && total !== null ? Math.floor(total / 2) : null,
        total_count: status === 'running' ? total : null,
      });
    }
  })();
  migrate(db);
  db.pragma('optimize');
  db.close();
  return ids;
}
