import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** A path the scan could not read, in the shape of VPO's `/api/jobs/{id}/errors` items (minus filename). */
export interface ScanProblem {
  readonly path: string;
  readonly error: string;
}

/** What a walk found: files (and symlinks, checked later) in a stable order, and unreadable folders. */
export interface WalkResult {
  readonly files: string[];
  readonly problems: ScanProblem[];
}

/**
 * Lists every file under `root`, depth first, names sorted, so two scans of one tree see the same order.
 * Symlinked folders are not followed (no cycles); a folder that cannot be read is a problem, not a failure.
 * `onFolder` runs before each folder is read — the scan's cancellation check on huge trees.
 */
export async function walkDirectory(
  root: string,
  onFolder: () => void = () => undefined,
): Promise<WalkResult> {
  const files: string[] = [];
  const problems: ScanProblem[] = [];
  const visit = async (dir: string): Promise<void> => {
    onFolder();
    let entries;
    try {
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
      else if (entry.isFile() || entry.isSymbolicLink()) files.push(path);
    }
  };
  await visit(root);
  return { files, problems };
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
