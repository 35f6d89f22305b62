import { basename, dirname, extname, sep } from 'node:path';
import type Database from 'better-sqlite3';

/** What the library already knows about a path. */
export interface KnownFile {
  readonly size_bytes: number;
  readonly modified_at: string;
  readonly content_hash: string | null;
  readonly scan_status: string;
}

/** A file the scan read. */
export interface ScannedFile {
  readonly path: string;
  readonly sizeBytes: number;
  readonly modifiedAt: string;
  readonly contentHash: string;
}

/**
 * The scan's writes to VPO's `files` table: one row per path (upsert), `scan_status` `ok` or `error`, and
 * `job_id` naming the scan that wrote it — which is how `/api/jobs/{id}/errors` finds a job's errors.
 */
export interface ScanFileStore {
  find(path: string): KnownFile | undefined;
  saveScanned(file: ScannedFile, jobId: string, scannedAt: string): void;
  saveError(path: string, error: string, jobId: string, scannedAt: string): void;
  /** Paths recorded under `directory` (at any depth). */
  pathsUnder(directory: string): string[];
  remove(path: string): void;
}

const UPSERT = `INSERT INTO files (path, filename, directory, extension, size_bytes, modified_at, content_hash,
    scanned_at, scan_status, scan_error, job_id)
  VALUES (@path, @filename, @directory, @extension, @size, @modified, @hash, @scannedAt, @status, @error, @jobId)
  ON CONFLICT(path) DO UPDATE SET filename = excluded.filename, directory = excluded.directory,
    extension = excluded.extension, size_bytes = excluded.size_bytes, modified_at = excluded.modified_at,
    content_hash = excluded.content_hash, scanned_at = excluded.scanned_at, scan_status = excluded.scan_status,
    scan_error = excluded.scan_error, job_id = excluded.job_id`;

/** Prepares the statements once per scan. */
export function createScanFileStore(db: Database.Database): ScanFileStore {
  const find = db.prepare<[string], KnownFile>(
    'SELECT size_bytes, modified_at, content_hash, scan_status FROM files WHERE path = ?',
  );
  const upsert = db.prepare(UPSERT);
  const under = db.prepare<[{ dir: string; prefix: string }], { path: string }>(
    // substr, not LIKE: wildcards in folder names must not match other folders.
    'SELECT path FROM files WHERE directory = @dir OR substr(directory, 1, length(@prefix)) = @prefix',
  );
  const remove = db.prepare('DELETE FROM files WHERE path = ?');
  const names = (path: string) => ({
    path,
    filename: basename(path),
    directory: dirname(path),
    extension: extname(path).slice(1).toLowerCase(),
  });
  return {
    find: (path) => find.get(path),
    saveScanned(file, jobId, scannedAt) {
      upsert.run({
        ...names(file.path),
        size: file.sizeBytes,
        modified: file.modifiedAt,
        hash: file.contentHash,
        scannedAt,
        status: 'ok',
        error: null,
        jobId,
      });
    },
    saveError(path, error, jobId, scannedAt) {
      upsert.run({
        ...names(path),
        size: 0,
        modified: scannedAt,
        hash: null,
        scannedAt,
        status: 'error',
        error,
        jobId,
      });
    },
    pathsUnder: (directory) =>
      under
        .all({ dir: directory, prefix: directory.endsWith(sep) ? directory : directory + sep })
        .map((r) => r.path),
    remove: (path) => void remove.run(path),
  };
}
