import { pyPathName } from '../python/pyPathName.ts';
import { pyPercent } from '../python/pyFixed.ts';
import { pyStr } from '../python/pyRepr.ts';
import { formatFileSize } from './formatFileSize.ts';

/**
 * VPO's human `summary` of a job (`vpo.jobs.summary.generate_summary_text`), reproduced rule for rule so
 * our server and VPO print the same text for the same `summary_raw`:
 * - scan: `Scanned 120 files, 3 new, 1 removed, 100 unchanged, 2 errors`
 * - apply: `Applied policy 'name' to 4 files (a, b)`
 * - transcode: `Transcoded in.mkv → out.mkv (45% of original size)`
 * - move: `Moved a.mkv → /dest/dir (1.5 GB)`
 * - process, prune and unknown types: `null` (VPO has no text for them)
 *
 * Where Python would raise a TypeError on malformed data (comparing a string with 0, joining non-strings),
 * VPO returns `null`, and so does this.
 */
export function summarizeJob(
  jobType: string,
  summaryRaw: Record<string, unknown> | null | undefined,
): string | null {
  if (summaryRaw === null || summaryRaw === undefined) return null;
  const get = (key: string, fallback: unknown): unknown =>
    Object.hasOwn(summaryRaw, key) ? summaryRaw[key] : fallback;
  try {
    switch (jobType) {
      case 'scan':
        return summarizeScan(get);
      case 'apply':
        return summarizeApply(get);
      case 'transcode':
        return summarizeTranscode(get);
      case 'move':
        return summarizeMove(get);
      default:
        return null;
    }
  } catch (error) {
    if (error instanceof PyTypeError) return null;
    throw error;
  }
}

type Getter = (key: string, fallback: unknown) => unknown;

class PyTypeError extends Error {}

/** Python's `value > 0`: numbers and booleans compare, anything else raises. */
function isPositive(value: unknown): boolean {
  if (typeof value === 'number') return value > 0;
  if (typeof value === 'boolean') return value;
  throw new PyTypeError(`'>' not supported for ${typeof value}`);
}

/** Python's truthiness of a JSON value. */
function isTruthy(value: unknown): boolean {
  if (value === null || value === undefined || value === false || value === 0 || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

/** `Path(value).name`: only strings are paths. */
function pathName(value: unknown): string {
  if (typeof value !== 'string') throw new PyTypeError('expected str, bytes or os.PathLike object');
  return pyPathName(value);
}

function summarizeScan(get: Getter): string {
  const scanned = get('scanned', 0);
  const added = get('added', 0);
  const removed = get('removed', 0);
  const skipped = get('skipped', 0);
  const errors = get('errors', 0);
  const parts = [`Scanned ${pyStr(scanned)} files`];
  if (isPositive(added)) parts.push(`${pyStr(added)} new`);
  if (isPositive(removed)) parts.push(`${pyStr(removed)} removed`);
  if (isPositive(skipped)) parts.push(`${pyStr(skipped)} unchanged`);
  if (isPositive(errors)) parts.push(`${pyStr(errors)} error${errors === 1 || errors === true ? '' : 's'}`);
  return parts.join(', ');
}

/** `', '.join(actions)`: Python iterates lists, dict keys and the characters of a string. */
function joinActions(actions: unknown): string {
  let items: unknown[];
  if (typeof actions === 'string') items = [...actions];
  else if (Array.isArray(actions)) items = actions;
  else if (actions !== null && typeof actions === 'object') items = Object.keys(actions);
  else throw new PyTypeError('can only join an iterable');
  if (!items.every((item) => typeof item === 'string')) throw new PyTypeError('sequence item: expected str');
  return items.join(', ');
}

function summarizeApply(get: Getter): string {
  const policyName = get('policy_name', 'unknown');
  const filesAffected = get('files_affected', 0);
  const actions = get('actions_applied', []);
  const summary = `Applied policy '${pyStr(policyName)}' to ${pyStr(filesAffected)} files`;
  return isTruthy(actions) ? `${summary} (${joinActions(actions)})` : summary;
}

function summarizeTranscode(get: Getter): string {
  const inputFile = get('input_file', '');
  const outputFile = get('output_file', '');
  const inputSize = get('input_size_bytes', 0);
  const outputSize = get('output_size_bytes', 0);
  const inputName = isTruthy(inputFile) ? pathName(inputFile) : 'input';
  const outputName = isTruthy(outputFile) ? pathName(outputFile) : 'output';
  const summary = `Transcoded ${inputName} \u2192 ${outputName}`;
  if (isPositive(inputSize) && isPositive(outputSize)) {
    return `${summary} (${pyPercent(Number(outputSize) / Number(inputSize), 0)} of original size)`;
  }
  return summary;
}

function summarizeMove(get: Getter): string {
  const source = get('source_path', '');
  const destination = get('destination_path', '');
  const size = get('size_bytes', 0);
  const sourceName = isTruthy(source) ? pathName(source) : 'source';
  const destinationText = isTruthy(destination) ? pyStr(destination) : 'destination';
  const summary = `Moved ${sourceName} \u2192 ${destinationText}`;
  return isPositive(size) ? `${summary} (${formatFileSize(Number(size))})` : summary;
}
