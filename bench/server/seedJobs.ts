/**
 * Fills a database with a realistic job history for the benchmark: the server's own seeding (the fixtures' job
 * generator, one bulk insert, the server's schema), over the last 90 days, mostly finished, every type, paths
 * from a media library (so searches match some and not others). Deterministic (seed 17).
 */
import { openDatabase, seedJobs as seedJobHistory } from '@vpo-live/server';
import { createRandom, type StatusMix } from '@vpo-live/vpo-api/fixtures';

/** Mostly finished, with a live queue large enough for the `status=running` list to be a real query. */
const STATUSES: StatusMix = [
  ['completed', 0.8],
  ['failed', 0.08],
  ['cancelled', 0.04],
  ['queued', 0.05],
  ['running', 0.03],
];

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

/** Writes `count` jobs created before `now`; returns a few ids (one per 20,000) for detail requests. */
export function seedJobs(dbPath: string, count: number, now: number): string[] {
  const db = openDatabase(dbPath);
  // A benchmark's throwaway database: no fsync while loading.
  db.pragma('synchronous = OFF');
  try {
    const ids = seedJobHistory(db, {
      count,
      random: createRandom(17),
      now,
      days: 90,
      statuses: STATUSES,
      placeCreatedAt: (created) => awayFromSinceCutoffs(created, now),
    });
    db.pragma('optimize');
    return ids.filter((_, i) => i % 20_000 === 0);
  } finally {
    db.close();
  }
}
