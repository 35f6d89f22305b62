import { type RunOnHost, requeueRun, requeueStaleJobs, runsOnHost } from '../db/jobClaims.ts';
import { appendLogLine } from '../logs/appendLogLine.ts';
import { runsInProcess } from './runsInProcess.ts';

/** Why running jobs went back to the queue. */
export type RecoveryReason =
  /** VPO's rule: no heartbeat for the stale timeout (a worker anywhere). */
  | 'stale'
  /** Its worker process was on this host and no longer exists (crashed or killed). */
  | 'worker-gone';

/** Running jobs put back in the queue, and why. */
export interface Recovery {
  readonly reason: RecoveryReason;
  readonly jobIds: readonly string[];
}

/** What {@link recoverRuns} needs. */
export interface RecoveryDeps {
  readonly db: Parameters<typeof requeueStaleJobs>[0];
  readonly logsDir: string;
  /** This machine's name, as the runner records it on its claims. */
  readonly host: string;
  /** This process's pid. */
  readonly pid: number;
  readonly isAlive: (pid: number) => boolean;
  readonly now: number;
  readonly staleAfterMs: number;
}

/**
 * Re-queues running jobs nobody runs any more: those whose worker process on this host is gone, at once, and
 * any whose heartbeat is older than the stale timeout. Each such job's log says why, so the operator who
 * reads it sees the gap explained before the next run's header.
 */
export function recoverRuns(deps: RecoveryDeps): Recovery[] {
  const orphaned = runsOnHost(deps.db, deps.host).filter((run) => !isRunning(run, deps));
  const gone = orphaned.filter((run) => requeueRun(deps.db, run));
  for (const run of gone) {
    note(deps, run.id, `Worker process ${run.workerPid} on ${deps.host} is gone; job returned to the queue`);
  }
  const stale = requeueStaleJobs(deps.db, deps.now - deps.staleAfterMs);
  const seconds = Math.round(deps.staleAfterMs / 1000);
  for (const id of stale)
    note(deps, id, `No heartbeat from its worker for ${seconds} s; job returned to the queue`);
  const recoveries: Recovery[] = [];
  if (gone.length > 0) recoveries.push({ reason: 'worker-gone', jobIds: gone.map((run) => run.id) });
  if (stale.length > 0) recoveries.push({ reason: 'stale', jobIds: stale });
  return recoveries;
}

function isRunning(run: RunOnHost, deps: RecoveryDeps): boolean {
  return run.workerPid === deps.pid ? runsInProcess.has(run.id, run.claimToken) : deps.isAlive(run.workerPid);
}

function note(deps: RecoveryDeps, jobId: string, text: string): void {
  try {
    appendLogLine(deps.logsDir, jobId, text, deps.now);
  } catch {
    // The log is a courtesy here; the job is back in the queue either way.
  }
}
