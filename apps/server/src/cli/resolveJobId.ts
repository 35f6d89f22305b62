import type Database from 'better-sqlite3';
import { findJobsByIdPrefix, JOB_ID_HELP, jobIdPrefix } from '../db/jobIdPrefix.ts';
import { failure, usageError } from './cliError.ts';

export { JOB_ID_HELP };

/**
 * Finds the job a user means, by full id or a unique prefix of at least 4 hex digits (VPO's own `jobs`
 * commands take the first 8 characters, which always qualifies). Malformed input is a usage error (exit 2);
 * no match or several matches fail (exit 1).
 */
export function resolveJobId(db: Database.Database, input: string): { id: string; status: string } {
  const prefix = jobIdPrefix(input);
  if (prefix === null) throw usageError(`invalid job id '${input}': expected a ${JOB_ID_HELP}`);
  const [match, other] = findJobsByIdPrefix(db, prefix, 2);
  if (!match) throw failure(`Job not found: ${input}`);
  if (other) throw failure(`Multiple jobs match '${input}'. Be more specific.`);
  return match;
}
