import { rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Removes a deleted job's log files. Only `<logs>/<id>.log` and `<id>.log.gz`: a path read from the row is
 * never trusted with a delete.
 */
export function removeJobLogs(logsDir: string, id: string): void {
  for (const file of [`${id}.log`, `${id}.log.gz`]) rmSync(join(logsDir, file), { force: true });
}
