import { existsSync, readFileSync } from 'node:fs';

/**
 * The "after loading" JS heap + backing stores of an earlier report, in bytes; null without one. The search's
 * heap target compares against the viewer before search existed, which only that report still records: this
 * reads the Memory table's row that `formatReport` writes, so the two must keep its label and unit.
 */
export function previousTotalHeap(path: string): number | null {
  if (!existsSync(path)) return null;
  const match = /\| JS heap \+ backing stores \| ([\d.]+) MiB/.exec(readFileSync(path, 'utf8'));
  return match ? Number(match[1]) * 2 ** 20 : null;
}
