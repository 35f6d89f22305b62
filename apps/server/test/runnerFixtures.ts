/**
 * Shared pieces of the runner, CLI and concurrency tests: real temp folders, real SQLite files, a media
 * tree with known hashes, and a recorder of every progress write the database receives.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { openDatabase } from '../src/db/openDatabase.ts';

const made: string[] = [];

/** A fresh temp folder, removed by {@link cleanupTempDirs}. */
export function tempDir(prefix = 'vpo-live-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

export function cleanupTempDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A migrated database file in `dir`. */
export function openTestDb(dir: string): { db: Database.Database; path: string } {
  const path = join(dir, 'vpo-live.db');
  return { db: openDatabase(path), path };
}

/** The columns tests look at. */
export interface JobSnapshot {
  id: string;
  status: string;
  job_type: string;
  file_path: string;
  priority: number;
  progress_percent: number;
  processed_count: number | null;
  total_count: number | null;
  started_at: string | null;
  completed_at: string | null;
  worker_pid: number | null;
  worker_heartbeat: string | null;
  error_message: string | null;
  summary_json: string | null;
  output_path: string | null;
  log_path: string | null;
}

export function readJob(db: Database.Database, id: string): JobSnapshot | undefined {
  return db.prepare<[string], JobSnapshot>('SELECT * FROM jobs WHERE id = ?').get(id);
}

export function summaryOf(db: Database.Database, id: string): Record<string, unknown> | null {
  const raw = readJob(db, id)?.summary_json;
  return raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
}

/** A file of the generated tree and the SHA-256 a scan must find. */
export interface MediaFile {
  path: string;
  sha256: string;
  size: number;
}

/**
 * Writes `count` files in nested folders (names with spaces and non-Latin letters), each with distinct
 * content, plus `broken` dangling symlinks a scan cannot read.
 */
export function makeMediaTree(
  root: string,
  count: number,
  broken = 1,
): { files: MediaFile[]; broken: string[] } {
  mkdirSync(root, { recursive: true });
  const folders = ['Movies/Arrival (2016)', 'TV/Dark/Season 01', 'TV/종이의 집', 'Amélie'];
  const files: MediaFile[] = [];
  for (let i = 0; i < count; i += 1) {
    const folder = join(root, folders[i % folders.length] ?? '');
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `Episode ${String(i).padStart(3, '0')} – “take”.mkv`);
    const content = Buffer.from(`media file ${i}\n`.repeat(20 + i));
    writeFileSync(path, content);
    files.push({ path, size: content.length, sha256: createHash('sha256').update(content).digest('hex') });
  }
  const links: string[] = [];
  for (let i = 0; i < broken; i += 1) {
    const link = join(root, `Broken link ${i}.mkv`);
    symlinkSync(join(root, `missing-target-${i}`), link);
    links.push(link);
  }
  return { files, broken: links };
}

/** One recorded progress write. */
export interface ProgressWrite {
  job_id: string;
  percent: number;
  processed: number | null;
  total: number | null;
}

/**
 * Records every UPDATE that names `progress_percent`, through a TEMP trigger on this connection (the one
 * the runner under test uses). Returns a reader of the writes so far.
 */
export function recordProgressWrites(db: Database.Database): (jobId?: string) => ProgressWrite[] {
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS progress_writes (seq INTEGER PRIMARY KEY, job_id TEXT, percent REAL,
      processed INTEGER, total INTEGER);
    CREATE TEMP TRIGGER IF NOT EXISTS record_progress AFTER UPDATE OF progress_percent ON main.jobs BEGIN
      INSERT INTO progress_writes (job_id, percent, processed, total)
        VALUES (NEW.id, NEW.progress_percent, NEW.processed_count, NEW.total_count);
    END;`);
  return (jobId) =>
    db
      .prepare<[], ProgressWrite>(
        'SELECT job_id, percent, processed, total FROM progress_writes ORDER BY seq',
      )
      .all()
      .filter((write) => jobId === undefined || write.job_id === jobId);
}

/** The lines of a job's log file (empty when missing). */
export function logLines(logsDir: string, id: string): string[] {
  try {
    return readFileSync(join(logsDir, `${id}.log`), 'utf8')
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
}

/** Yields to the event loop until `check` holds (virtual-clock tests advance on setImmediate turns). */
export async function until(check: () => boolean, turns = 100_000): Promise<void> {
  for (let i = 0; i < turns; i += 1) {
    if (check()) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error('condition never held');
}

/** `policy_json` of a demo job with a fixed duration and outcome. */
export const demoPolicy = (durationMs: number, fail = false): string =>
  JSON.stringify({ demo: { duration_ms: durationMs, fail } });
