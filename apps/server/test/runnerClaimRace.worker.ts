// Claims jobs from the database named on the command line until none is left, then prints their ids as
// JSON. Several of these run at once against one file to prove a job is never claimed twice.
import { claimNextJob } from '../src/db/jobClaims.ts';
import { openDatabase } from '../src/db/openDatabase.ts';

const [dbPath = '', workerPid = '0', startAt = '0'] = process.argv.slice(2);
const db = openDatabase(dbPath);
// A start barrier: every process begins claiming at the same instant, whatever its start-up time.
while (Date.now() < Number(startAt)) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
const claimed: string[] = [];
for (;;) {
  const job = claimNextJob(db, Number(workerPid));
  if (!job) break;
  claimed.push(job.id);
}
db.close();
process.stdout.write(JSON.stringify(claimed));
