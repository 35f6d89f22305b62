/**
 * Jobs changing in the background while the scale benchmark measures, as a runner and an operator would
 * change them — in its own process, through its own connection, one commit a second: progress of running
 * jobs, a job moving queued → running or running → completed, and every 4 s a new job. Each commit
 * invalidates the server's cached list bodies and its cached counts.
 * Plain better-sqlite3 (no migration), so it writes a database of any schema version alike.
 *
 *   BENCH_DB_PATH=… node --import tsx server/churnJobs.ts    # until SIGTERM
 */
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';

const dbPath = process.env['BENCH_DB_PATH'];
if (dbPath === undefined) throw new Error('BENCH_DB_PATH is not set');
const db = new Database(dbPath);
db.pragma('busy_timeout = 5000');

const now = () => new Date().toISOString().replace('Z', '+00:00');
const progress = db.prepare(
  "UPDATE jobs SET progress_percent = abs(random() % 100) WHERE rowid IN (SELECT rowid FROM jobs WHERE status = 'running' LIMIT 4)",
);
const start = db.prepare(
  "UPDATE jobs SET status = 'running', started_at = ? WHERE rowid = (SELECT rowid FROM jobs WHERE status = 'queued' LIMIT 1)",
);
const finish = db.prepare(
  "UPDATE jobs SET status = 'completed', completed_at = ?, progress_percent = 100 WHERE rowid = (SELECT rowid FROM jobs WHERE status = 'running' LIMIT 1)",
);
const enqueue = db.prepare(
  "INSERT INTO jobs (id, file_path, job_type, status, created_at) VALUES (?, ?, 'scan', 'queued', ?)",
);

let tick = 0;
// One commit a second: every list's ETag changes once a second (so a 2 s poller never finds its body
// cached), while a revalidation sent at any other moment still matches.
const churn = db.transaction(() => {
  tick += 1;
  progress.run();
  if (tick % 2 === 0) start.run(now());
  else finish.run(now());
  if (tick % 4 === 0) enqueue.run(randomUUID(), `/media/library/Incoming/new-${tick}.mkv`, now());
});
const timer = setInterval(() => churn(), 1000);

process.on('SIGTERM', () => {
  clearInterval(timer);
  db.close();
  process.exit(0);
});
process.stdout.write('churning\n');
