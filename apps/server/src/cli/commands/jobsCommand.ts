import type { Command } from 'commander';
import type Database from 'better-sqlite3';
import { ACTION_ERRORS } from '@vpo-live/vpo-api';
import { cancelJob, deleteIdleJob, deleteJob, retryJob } from '../../db/jobAdmin.ts';
import { removeJobLogs } from '../../logs/removeJobLogs.ts';
import { failure } from '../cliError.ts';
import type { CliIo } from '../cliIo.ts';
import { JOB_ID_HELP, resolveJobId } from '../resolveJobId.ts';
import { addStoreOptions, openStore, type StoreFlags, type StoreLocation } from '../storeOptions.ts';
import { addJobsListCommand } from './jobsListCommand.ts';
import { addJobsLogsCommand } from './jobsLogsCommand.ts';
import { addJobsShowCommand } from './jobsShowCommand.ts';

type Action = (
  store: StoreLocation,
  id: string,
  status: string,
  db: Database.Database,
  flags: StoreFlags & { force?: boolean },
) => string;

const short = (id: string) => id.slice(0, 8);

/**
 * `vpo-live jobs …`: read jobs (`list`, `show`, `logs`) and VPO's job commands (`cancel`, `retry`, `delete`),
 * each job named by full id or unique prefix.
 */
export function addJobsCommand(program: Command, io: CliIo): void {
  const jobs = program.command('jobs').description('list, show and follow jobs; cancel, retry or delete one');
  addJobsListCommand(jobs, io);
  addJobsShowCommand(jobs, io);
  addJobsLogsCommand(jobs, io);
  const add = (name: string, description: string, action: Action, configure?: (command: Command) => void) => {
    const command = jobs.command(name).description(description).argument('<id>', JOB_ID_HELP);
    configure?.(command);
    addStoreOptions(command).action((input: string, flags: StoreFlags & { force?: boolean }) => {
      const { db, store } = openStore(flags, io);
      try {
        const { id, status } = resolveJobId(db, input);
        io.stdout.write(`${action(store, id, status, db, flags)}\n`);
      } finally {
        db.close();
      }
    });
  };

  add('cancel', 'cancel a queued or running job (a running job stops within a second)', (_s, id, _st, db) => {
    const result = cancelJob(db, id);
    if (!result.ok) throw failure(ACTION_ERRORS.wrongState('cancel', result.status ?? 'gone').body.error);
    return `Cancelled job ${short(id)}`;
  });

  add('retry', 'put a failed or cancelled job back in the queue', (_s, id, _st, db) => {
    const result = retryJob(db, id);
    if (!result.ok) throw failure(ACTION_ERRORS.wrongState('retry', result.status ?? 'gone').body.error);
    return `Requeued job ${short(id)}`;
  });

  // The pages' rule by default (never a running job, one transaction); `--force` is VPO's `delete_job`,
  // whatever the status (a running job's runner stops at its next progress tick).
  add(
    'delete',
    'delete a job that is not running, and its log file (--force: a running one too)',
    (store, id, _st, db, flags) => {
      if (flags.force) {
        if (deleteJob(db, id) === undefined) throw failure(`Job not found: ${id}`);
      } else {
        const result = deleteIdleJob(db, id);
        if (!result.ok && result.status === null) throw failure(`Job not found: ${id}`);
        if (!result.ok) {
          const refusal = ACTION_ERRORS.wrongState('delete', result.status ?? 'gone').body.error;
          throw failure(`${refusal} Cancel it first, or pass --force.`);
        }
      }
      removeJobLogs(store.logsDir, id);
      return `Deleted job ${short(id)}`;
    },
    (command) =>
      command.option('--force', 'delete it even while it runs (its runner stops at its next tick)'),
  );
}
