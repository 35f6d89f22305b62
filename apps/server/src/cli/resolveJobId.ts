import type Database from 'better-sqlite3';
import { failure, usageError } from './cliError.ts';

const ID_OR_PREFIX = /^[0-9a-f]{4}[0-9a-f-]{0,32}$/i;

/** How every command, its help and the README describe a job id argument. */
export const JOB_ID_HELP = 'job id, or a unique prefix of at least 4 hex digits';

/**
 * Finds the job a user means, by full id or a unique prefix of at least 4 hex digits (VPO's own `jobs`
 * commands take the first 8 characters, which always qualifies). Malformed input is a usage error (exit 2);
 * no match or several matches fail (exit 1).
 */
export function resolveJobId(db: Database.Database, input: string): { id: string; status: string } {
  const text = input.trim().toLowerCase();
  if (!ID_OR_PREFIX.test(text)) {
    throw usageError(`invalid job id '${input}': expected a ${JOB_ID_HELP}`);
  }
  const matches = db
    .prepare<[string], { id: string; status: string }>(
      // Hex digits and dashes only, so the pattern holds no LIKE wildcards.
      `SELECT id, status FROM jobs WHERE id LIKE ? LIMIT 2`,
    )
    .all(`${text}%`);
  const [match, other] = matches;
  if (!match) throw failure(`Job not found: ${input}`);
  if (other) throw failure(`Multiple jobs match '${input}'. Be more specific.`);
  return match;
}
