// Claims jobs from the database named on the command line until none is left, then prints their ids as
// JSON. Several of these run at once against one file to prove a job is never claimed twice.
import { createInterface } from 'node:readline';
import { claimNextJob } from '../src/db/jobClaims.ts';
import { openDatabase } from '../src/db/openDatabase.ts';

const [dbPath = '', workerPid = '0'] = process.argv.slice(2);
const db = openDatabase(dbPath);
// A start barrier that needs no clock: say "ready", then wait for the parent's "go" (sent once every
// process is ready), so however slowly each one started, they all begin claiming together.
process.stderr.write('ready\n');
await new Promise<void>((resolve) => createInterface({ input: process.stdin }).once('line', () => resolve()));
const claimed: string[] = [];
const pause = new Int32Array(new SharedArrayBuffer(4));
for (;;) {
  const job = claimNextJob(db, Number(workerPid));
  if (!job) break;
  claimed.push(job.id);
  // A runner works between claims; without that pause one process can drain the queue before the others
  // wake from SQLite's busy wait, and the race this test is about never happens.
  Atomics.wait(pause, 0, 0, 1);
}
db.close();
process.stdout.write(JSON.stringify(claimed));
