import type { JsonValue } from '@vpo-live/poller-debug';

/** One context field across an event: its value before and after, and what happened to it. */
export interface ContextChange {
  readonly key: string;
  readonly change: 'added' | 'removed' | 'changed' | 'same';
  /** Compact JSON, or `null` where the field did not exist. */
  readonly before: string | null;
  readonly after: string | null;
}

const show = (value: JsonValue | undefined): string | null =>
  value === undefined ? null : JSON.stringify(value);

/**
 * The machine context before an event and after it (`null` before the first: every field is added), field by field (in the order the fields first appear):
 * what changed first, then what stayed the same. Values are compared as JSON, so equal objects are the same.
 *
 * @example diffContext({ errorCount: 0 }, { errorCount: 1 }) // [{ key: 'errorCount', change: 'changed', before: '0', after: '1' }]
 */
export function diffContext(
  before: { readonly [key: string]: JsonValue } | null,
  after: { readonly [key: string]: JsonValue },
): ContextChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])];
  const changes = keys.map((key): ContextChange => {
    const a = show(before?.[key]);
    const b = show(after[key]);
    const change = a === null ? 'added' : b === null ? 'removed' : a === b ? 'same' : 'changed';
    return { key, change, before: a, after: b };
  });
  return [...changes.filter((c) => c.change !== 'same'), ...changes.filter((c) => c.change === 'same')];
}
