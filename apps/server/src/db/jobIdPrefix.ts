import type Database from 'better-sqlite3';

/** A full job id, or the start of one: at least 4 hex digits (VPO's CLI shows 8), then hex digits and dashes. */
const ID_OR_PREFIX = /^[0-9a-f]{4}[0-9a-f-]{0,32}$/;

/** How every command, page and README describes a job id given by hand. */
export const JOB_ID_HELP = 'job id, or a unique prefix of at least 4 hex digits';

/** The prefix as ids are stored (lower case), or null when it cannot start a job id. */
export function jobIdPrefix(input: string): string | null {
  const text = input.trim().toLowerCase();
  return ID_OR_PREFIX.test(text) ? text : null;
}

/**
 * The jobs whose id starts with `prefix` (from {@link jobIdPrefix}), at most `limit`, by id. A range on the
 * primary key rather than `LIKE`, so it is one index seek on a million jobs: ids hold only hex digits and
 * dashes, all of which sort before `~`.
 */
export function findJobsByIdPrefix(
  db: Database.Database,
  prefix: string,
  limit: number,
): { id: string; status: string }[] {
  return db
    .prepare<[string, string, number], { id: string; status: string }>(
      `SELECT id, status FROM jobs WHERE id >= ? AND id < ? ORDER BY id LIMIT ?`,
    )
    .all(prefix, `${prefix}~`, limit);
}
