import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** A path the scan could not read, in the shape of VPO's `/api/jobs/{id}/errors` items (minus filename). */
export interface ScanProblem {
  readonly path: string;
  readonly error: string;
}

/** A symbolic link to a folder met by the walk, and whether its folder was walked through it. */
export interface FolderLink {
  readonly path: string;
  /** False when the folder it points to was already walked (a loop, or a folder reachable another way). */
  readonly followed: boolean;
}

/** What a walk found: files (and links to files, checked later) in a stable order, unreadable folders, links. */
export interface WalkResult {
  readonly files: string[];
  readonly problems: ScanProblem[];
  readonly folderLinks: FolderLink[];
}

/**
 * Lists every file under `root`, depth first, names sorted, so two scans of one tree see the same order.
 * Symlinked folders are followed once: every real folder is walked at most once (by device and inode), so
 * loops end and a folder linked from elsewhere in the tree is not scanned twice. Links are walked after the
 * tree itself, so files keep their own paths rather than a link's. A folder that cannot be read is a problem,
 * not a failure. `onFolder` runs before each folder is read — the scan's cancellation check on huge trees.
 */
export async function walkDirectory(
  root: string,
  onFolder: () => void = () => undefined,
): Promise<WalkResult> {
  const files: string[] = [];
  const problems: ScanProblem[] = [];
  const folderLinks: FolderLink[] = [];
  const walked = new Set<string>();
  const pendingLinks: string[] = [];
  const identity = async (path: string): Promise<string> => {
    const info = await stat(path);
    return `${info.dev}:${info.ino}`;
  };
  const visit = async (dir: string): Promise<void> => {
    onFolder();
    let entries;
    try {
      const id = await identity(dir);
      if (walked.has(id)) return;
      walked.add(id);
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (dir === root) throw error;
      problems.push({ path: dir, error: describeFsError(error) });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await visit(path);
      else if (entry.isSymbolicLink() && (await isFolder(path))) pendingLinks.push(path);
      // Links to files, and dangling links (the scan reports those as errors), are files to scan.
      else if (entry.isFile() || entry.isSymbolicLink()) files.push(path);
    }
  };
  await visit(root);
  for (let link = pendingLinks.shift(); link !== undefined; link = pendingLinks.shift()) {
    let followed = false;
    try {
      followed = !walked.has(await identity(link));
    } catch (error) {
      problems.push({ path: link, error: describeFsError(error) });
      continue;
    }
    folderLinks.push({ path: link, followed });
    if (followed) await visit(link);
  }
  return { files, problems, folderLinks };
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** A one-line reason for a file-system error (`ENOENT: no such file or directory`). */
export function describeFsError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const text = error.message.replace(/^[A-Z]+: /, '').replace(/, \w+ '.*'$/s, '');
    return code ? `${code}: ${text}` : text;
  }
  return String(error);
}
