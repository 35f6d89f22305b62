import type { PollerEntry } from '../live/createPollerRegistry.ts';
import { buildReplay } from '../trace/buildReplay.ts';
import { importTrace } from '../trace/pollerTrace.ts';

/** A loaded trace, replayed: the file's name and the pollers rebuilt from its entries. */
export interface Replay {
  name: string;
  pollers: PollerEntry[];
}

/** What reading a trace file gave: the replay and a note on what was loaded, or the message to show. */
export type ReadTraceResult = { ok: true; replay: Replay; note: string } | { ok: false; error: string };

/**
 * Reads a trace file the reader chose and rebuilds its pollers for replay. A file that cannot be read or is
 * not a trace becomes an error message naming the file, never a throw, so the page stays as it was.
 *
 * @example
 * const result = await readTraceFile(file);
 * if (result.ok) setReplay(result.replay);
 */
export async function readTraceFile(file: File): Promise<ReadTraceResult> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, error: `Could not read ${file.name}.` };
  }
  const result = importTrace(text);
  if (!result.ok) return { ok: false, error: `${file.name}: ${result.error}` };
  const replayed = buildReplay(result.trace.entries);
  const skipped = result.skipped > 0 ? ` ${result.skipped} invalid entries were skipped.` : '';
  const pollerCount = `${replayed.length} ${replayed.length === 1 ? 'poller' : 'pollers'}`;
  return {
    ok: true,
    replay: { name: file.name, pollers: replayed },
    note: `Loaded ${result.trace.entries.length} entries for ${pollerCount}.${skipped}`,
  };
}
