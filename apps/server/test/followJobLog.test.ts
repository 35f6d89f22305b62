import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { formatLogLine } from '@vpo-live/vpo-api';
import { followJobLog } from '../src/cli/followJobLog.ts';
import { cancelJob } from '../src/db/jobAdmin.ts';
import { claimNextJob } from '../src/db/jobClaims.ts';
import { insertJob } from '../src/db/jobInserts.ts';
import { JobReader } from '../src/db/jobReader.ts';
import { cleanupTempDirs, openTestDb, tempDir } from './runnerFixtures.ts';

afterEach(cleanupTempDirs);

const line = (text: string) => formatLogLine(Date.UTC(2026, 1, 1, 10, 0, 0), text);

type Round = (job: { id: string; log: string; db: Database.Database }) => void;

/** A running job and its log; each round runs during one wait of the follower, in order. */
function follow(rounds: Round[], settlePolls = 4) {
  const dir = tempDir();
  const { db } = openTestDb(dir);
  const id = insertJob(db, { jobType: 'scan', filePath: '/media' });
  claimNextJob(db, 4242);
  const log = join(dir, `${id}.log`);
  appendFileSync(log, `${line('JOB START: x')}\n`);
  const printed: string[] = [];
  let waits = 0;
  const done = followJobLog({
    reader: new JobReader(db),
    jobId: id,
    logPath: log,
    follow: true,
    settlePolls,
    write: (text) => printed.push(text),
    sleep: async () => {
      const step = rounds[waits];
      waits += 1;
      if (step === undefined) throw new Error(`a wait too many (${waits})`);
      step({ id, log, db });
    },
  });
  return { done, printed, waits: () => waits };
}

describe('followJobLog', () => {
  it('keeps reading after a cancel until the runner’s footer arrives, then stops', async () => {
    const run = follow([
      ({ id, db }) => cancelJob(db, id),
      // The runner notices the cancel at its next tick, after the status changed.
      ({ log }) => appendFileSync(log, `${line('Job cancelled')}\n${line('JOB END: CANCELLED')}\n`),
      // The footer's last lines may come in the writer's next batch.
      ({ log }) => appendFileSync(log, `${line('Duration: 1.00s')}\n`),
      () => undefined,
    ]);
    await run.done;
    expect(run.printed).toEqual([
      line('JOB START: x'),
      line('Job cancelled'),
      line('JOB END: CANCELLED'),
      line('Duration: 1.00s'),
    ]);
    // It stopped at the first quiet round after the footer.
    expect(run.waits()).toBe(4);
  });

  it('gives up waiting for a footer after the settle rounds (a worker that died mid-run)', async () => {
    const quiet = () => undefined;
    const run = follow([({ id, db }) => cancelJob(db, id), quiet, quiet], 2);
    await run.done;
    expect(run.printed).toEqual([line('JOB START: x')]);
    // One round saw the cancel, then two quiet rounds were allowed before the third ended the wait.
    expect(run.waits()).toBe(3);
  });
});
