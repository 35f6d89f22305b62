/**
 * An operator's writes to jobs (the CLI's `jobs cancel|retry|delete`), with VPO's semantics
 * (vpo/db/queries/jobs.py): each changes a job only from the statuses that allow it.
 */
import type Database from 'better-sqlite3';
import { ACTION_FROM, formatTimestamp, type JobAction } from '@vpo-live/vpo-api';
import { REQUEUE_SET } from './jobClaims.ts';

const ts = (now: number): string => formatTimestamp(now);

/** Result of a CLI state change: done, or the status that forbade it. */
export type StateChange = { readonly ok: true } | { readonly ok: false; readonly status: string | null };

/** The statuses an action starts from, as an SQL list (constants of the contract, never input). */
const fromStatuses = (action: JobAction): string =>
  ACTION_FROM[action].map((status) => `'${status}'`).join(', ');

/** One transaction: the change, or — when it did not apply — the status that forbade it, read in step. */
const change = (
  db: Database.Database,
  id: string,
  sql: string,
  params: Record<string, unknown>,
): StateChange =>
  db.transaction((): StateChange => {
    if (db.prepare(sql).run({ id, ...params }).changes > 0) return { ok: true };
    const row = db.prepare<[string], { status: string }>(`SELECT status FROM jobs WHERE id = ?`).get(id);
    return { ok: false, status: row?.status ?? null };
  })();

/**
 * Cancels a queued or running job. VPO cancels only queued jobs; a running one here is marked cancelled
 * and its runner stops at its next progress tick.
 */
export function cancelJob(db: Database.Database, id: string, now: number = Date.now()): StateChange {
  return change(
    db,
    id,
    `UPDATE jobs SET status = 'cancelled', completed_at = @now, worker_pid = NULL, worker_heartbeat = NULL
     WHERE id = @id AND status IN (${fromStatuses('cancel')})`,
    { now: ts(now) },
  );
}

/** VPO's `requeue_job`: a failed or cancelled job goes back to queued, its run fields cleared. */
export function retryJob(db: Database.Database, id: string): StateChange {
  return change(
    db,
    id,
    `UPDATE jobs SET ${REQUEUE_SET}, completed_at = NULL, error_message = NULL
     WHERE id = @id AND status IN (${fromStatuses('retry')})`,
    {},
  );
}

/**
 * A page's delete: only from the statuses {@link ACTION_FROM} allows (never a running job), in one
 * transaction. Its log files are the caller's to remove (`removeJobLogs`).
 */
export function deleteIdleJob(db: Database.Database, id: string): StateChange {
  return change(db, id, `DELETE FROM jobs WHERE id = @id AND status IN (${fromStatuses('delete')})`, {});
}

/** The CLI's delete, VPO's `delete_job`, whatever the status; returns the deleted row's `log_path` (or `null`), `undefined` when there was none. */
export function deleteJob(db: Database.Database, id: string): string | null | undefined {
  const row = db
    .prepare<[string], { log_path: string | null }>(`DELETE FROM jobs WHERE id = ? RETURNING log_path`)
    .get(id);
  return row ? row.log_path : undefined;
}
