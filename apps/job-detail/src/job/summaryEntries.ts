import { formatDuration } from '@vpo-live/ui';
import { formatFileSize } from '@vpo-live/vpo-api';

/** One row of the summary table: a label and a value, both plain text. */
export interface SummaryEntry {
  key: string;
  label: string;
  value: string;
  /** The value is a file path (cut in the middle when long, so the file name stays visible). */
  path?: true;
}

type Formatter = (value: unknown) => string | null;

const count: Formatter = (value) =>
  typeof value === 'number' && Number.isFinite(value) ? value.toLocaleString('en-US') : null;
const text: Formatter = (value) => (typeof value === 'string' ? value : null);
/** A path is text too; the formatter's identity marks the entry as a path. */
const path: Formatter = (value) => text(value);
/** Sizes worded as VPO's own summary line words them ("128.0 MB"), so the two never disagree on a page. */
const bytes: Formatter = (value) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? formatFileSize(value) : null;
/** VPO writes the applied actions as a list of names and joins them in its summary; older rows hold a count. */
const names: Formatter = (value) =>
  Array.isArray(value) && value.every((item) => typeof item === 'string') ? value.join(', ') : count(value);
const seconds: Formatter = (value) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? formatDuration(value) : null;

/** The keys VPO writes per job type, in display order, with their labels and formats. */
const KNOWN: Record<string, ReadonlyArray<readonly [key: string, label: string, format: Formatter]>> = {
  scan: [
    ['total_discovered', 'Discovered', count],
    ['scanned', 'Scanned', count],
    ['skipped', 'Skipped', count],
    ['added', 'Added', count],
    ['removed', 'Removed', count],
    ['errors', 'Errors', count],
  ],
  process: [
    ['phases_completed', 'Phases completed', count],
    ['total_changes', 'Changes', count],
  ],
  prune: [['files_pruned', 'Files pruned', count]],
  apply: [
    ['policy_name', 'Policy', text],
    ['files_affected', 'Files affected', count],
    ['actions_applied', 'Actions applied', names],
  ],
  transcode: [
    ['input_file', 'Input file', path],
    ['output_file', 'Output file', path],
    ['input_size_bytes', 'Input size', bytes],
    ['output_size_bytes', 'Output size', bytes],
    ['duration_seconds', 'Transcode time', seconds],
    ['video_codec', 'Video codec', text],
    ['audio_tracks_processed', 'Audio tracks processed', count],
  ],
  move: [
    ['source_path', 'From', path],
    ['destination_path', 'To', path],
    ['size_bytes', 'Size', bytes],
  ],
};

/** `files_pruned` → `Files pruned`. */
export function humanizeKey(key: string): string {
  const words = key.replace(/[_-]+/g, ' ').trim();
  return words === '' ? key : words.charAt(0).toUpperCase() + words.slice(1);
}

/** Any JSON value as text: numbers localized, booleans as yes/no, objects and arrays as JSON. */
export function genericValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number')
    return Number.isFinite(value) ? value.toLocaleString('en-US') : String(value);
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/**
 * The rows for a job's `summary_raw`: the keys VPO defines for the job type first, labelled and formatted
 * (sizes in KB/MB/GB as VPO's summary words them, counts with separators), then any other key in the server's order, labelled from its
 * name and shown as text. A known key holding an unexpected type is shown generically rather than dropped.
 *
 * @example summaryEntries('prune', { files_pruned: 1200 }) // [{ key: 'files_pruned', label: 'Files pruned', value: '1,200' }]
 */
export function summaryEntries(
  jobType: string,
  raw: Record<string, unknown> | null | undefined,
): SummaryEntry[] {
  if (!raw || typeof raw !== 'object') return [];
  const entries: SummaryEntry[] = [];
  const used = new Set<string>();
  for (const [key, label, format] of Object.hasOwn(KNOWN, jobType) ? (KNOWN[jobType] ?? []) : []) {
    if (!Object.hasOwn(raw, key)) continue;
    used.add(key);
    const value = format(raw[key]);
    entries.push(
      value !== null && format === path
        ? { key, label, value, path: true }
        : { key, label, value: value ?? genericValue(raw[key]) },
    );
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!used.has(key)) entries.push({ key, label: humanizeKey(key), value: genericValue(value) });
  }
  return entries;
}
