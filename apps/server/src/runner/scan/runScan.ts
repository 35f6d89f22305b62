import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import Database from 'better-sqlite3';
import { formatTimestamp } from '@vpo-live/vpo-api';
import type { JobContext } from '../jobContext.ts';
import { JobInterrupted } from '../jobInterrupted.ts';
import { DatabaseStayedBusy } from '../retryTransient.ts';
import type { Workload, WorkloadResult } from '../workload.ts';
import { hashFile } from './hashFile.ts';
import { createScanFileStore, type ScanFileStore } from './scanFileStore.ts';
import { parseScanPolicy } from './scanPolicy.ts';
import { describeFsError, type FolderLink, walkDirectory } from './walkDirectory.ts';

/** VPO's scan `summary_json` (`ScanSummary` in vpo/jobs/tracking.py). */
export interface ScanSummary {
  total_discovered: number;
  scanned: number;
  skipped: number;
  added: number;
  removed: number;
  errors: number;
  /** [ext] symlinked folders walked through, present only when the tree has any. */
  symlinks_followed?: number;
  /** [ext] symlinked folders not walked: their folder was already scanned (a loop, or reachable another way). */
  symlinks_skipped?: number;
}

/**
 * The scan workload: walks `file_path` (a directory), then stats and SHA-256-hashes each file, recording
 * it in `files`; unchanged files are skipped when the scan is incremental; unreadable ones are scan errors
 * (rows with `scan_status = 'error'`), not failures. Progress is processed/total files; one log line per
 * file. A missing or non-directory path fails the job.
 */
export function scanWorkload(db: Database.Database): Workload {
  return (ctx) => runScan(ctx, createScanFileStore(db));
}

async function runScan(ctx: JobContext, store: ScanFileStore): Promise<WorkloadResult> {
  const root = resolve(ctx.job.filePath);
  const policy = parseScanPolicy(ctx.job.policyJson);
  const info = await stat(root).catch((error: unknown) => {
    throw new Error(`Directory not found: ${root} (${describeFsError(error)})`);
  });
  if (!info.isDirectory()) throw new Error(`Not a directory: ${root}`);

  ctx.log.line(`Scanning directory: ${root}`);
  ctx.log.line(
    `Options: incremental=${policy.incremental} prune=${policy.prune} verify_hash=${policy.verifyHash}` +
      (policy.paceMs > 0 ? ` pace=${policy.paceMs}ms/file` : ''),
  );
  const walk = await walkDirectory(root, () => ctx.checkpoint());
  const total = walk.files.length;
  for (const link of walk.folderLinks) {
    ctx.log.line(
      `${link.followed ? 'Followed' : 'Skipped (already scanned)'} symlinked folder: ${link.path}`,
    );
  }
  ctx.log.line(`Discovered ${total} file${total === 1 ? '' : 's'}`);
  const summary: ScanSummary = {
    total_discovered: total,
    scanned: 0,
    skipped: 0,
    added: 0,
    removed: 0,
    errors: 0,
    // VPO's six keys stay exact for trees without folder links.
    ...(walk.folderLinks.length > 0 ? linkCounts(walk.folderLinks) : {}),
  };
  const stamp = () => formatTimestamp(ctx.clock.now());
  const recordError = async (path: string, error: string) => {
    await ctx.persist(`record the scan error of ${path}`, () =>
      store.saveError(path, error, ctx.job.id, stamp()),
    );
    summary.errors += 1;
    ctx.log.line(`ERROR: ${path}: ${error}`);
  };
  for (const problem of walk.problems) await recordError(problem.path, problem.error);
  ctx.progress({ processed: 0, total });

  const seen = new Set<string>();
  for (const [index, path] of walk.files.entries()) {
    seen.add(path);
    try {
      await scanOne(ctx, store, path, policy.incremental && !policy.verifyHash, summary);
    } catch (error) {
      if (!isFileError(error)) throw error;
      await recordError(path, describeFsError(error));
    }
    ctx.progress({ processed: index + 1, total });
    if (policy.paceMs > 0) await ctx.sleep(policy.paceMs);
  }

  if (policy.prune) {
    const recorded = await ctx.persist(`list the files recorded under ${root}`, () => store.pathsUnder(root));
    for (const path of recorded) {
      if (seen.has(path)) continue;
      await ctx.persist(`remove ${path} from the library`, () => store.remove(path));
      summary.removed += 1;
      ctx.log.line(`Removed (missing): ${path}`);
    }
  }
  ctx.log.line(
    `Scan complete: ${summary.total_discovered} discovered, ${summary.scanned} scanned, ${summary.skipped} skipped, ` +
      `${summary.added} added, ${summary.removed} removed, ${summary.errors} error${summary.errors === 1 ? '' : 's'}` +
      (summary.symlinks_followed === undefined
        ? ''
        : `; symlinked folders: ${summary.symlinks_followed} followed, ${summary.symlinks_skipped} skipped (already scanned)`),
  );
  return { summary: { ...summary } };
}

async function scanOne(
  ctx: JobContext,
  store: ScanFileStore,
  path: string,
  incremental: boolean,
  summary: ScanSummary,
): Promise<void> {
  const info = await stat(path);
  if (!info.isFile()) throw new Error('not a regular file');
  const modifiedAt = formatTimestamp(info.mtimeMs);
  const known = await ctx.persist(`read what is known of ${path}`, () => store.find(path));
  const unchanged =
    known?.scan_status === 'ok' &&
    known.content_hash !== null &&
    known.size_bytes === info.size &&
    known.modified_at === modifiedAt;
  if (incremental && unchanged) {
    summary.skipped += 1;
    ctx.log.line(`Skipped (unchanged): ${path}`);
    return;
  }
  const contentHash = await hashFile(path, () => ctx.checkpoint());
  await ctx.persist(`record ${path}`, () =>
    store.saveScanned(
      { path, sizeBytes: info.size, modifiedAt, contentHash },
      ctx.job.id,
      formatTimestamp(ctx.clock.now()),
    ),
  );
  summary.scanned += 1;
  if (!known) summary.added += 1;
  ctx.log.line(`Scanned: ${path} (${info.size} bytes, sha256 ${contentHash.slice(0, 16)}…)`);
}

/** A file's own problem (unreadable, vanished, not a file) — a scan error; anything else ends the scan. */
function isFileError(error: unknown): boolean {
  return !(
    error instanceof JobInterrupted ||
    error instanceof DatabaseStayedBusy ||
    error instanceof Database.SqliteError
  );
}

function linkCounts(
  links: readonly FolderLink[],
): Pick<ScanSummary, 'symlinks_followed' | 'symlinks_skipped'> {
  const followed = links.filter((link) => link.followed).length;
  return { symlinks_followed: followed, symlinks_skipped: links.length - followed };
}
