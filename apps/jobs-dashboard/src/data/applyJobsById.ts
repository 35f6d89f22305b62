import type { SetStoreFunction } from 'solid-js/store';

/** A row the store can key: anything with a string id and plain fields. */
export interface Keyed {
  id: string;
}

/**
 * Applies a new page of rows to `state.jobs`, keyed by id, writing only what changed:
 * - a row whose job is still on the page keeps its store object (so its `<tr>` is kept), and only the fields
 *   whose value changed are set — each such write notifies just the cells that read that field;
 * - new rows are added, vanished ones dropped, and the array is replaced only when ids or their order changed.
 *
 * It does what `reconcile(rows, { key: 'id' })` does for flat rows, without walking every value of both
 * pages through the store (the rows are flat records of primitives). `current` must be the raw array the
 * store holds (the rows this function applied last time) and `proxies` the store's own `state.jobs`; the
 * function returns the raw array to pass next time. Call it in one Solid update (a batch or a computation)
 * so one poll is one DOM update.
 */
export function applyJobsById<T extends Keyed>(
  setState: SetStoreFunction<{ jobs: T[] }>,
  proxies: readonly T[],
  current: readonly T[],
  next: readonly T[],
): T[] {
  const indexById = new Map<string, number>();
  current.forEach((row, index) => indexById.set(row.id, index));
  const rows: T[] = [];
  // The array handed to the store holds the store's proxies for kept rows: the store then recognises them
  // at once instead of walking every field of every row to look for proxies inside.
  const array: T[] = [];
  let sameOrder = current.length === next.length;
  next.forEach((incoming, position) => {
    const index = indexById.get(incoming.id);
    if (index === undefined) {
      sameOrder = false;
      rows.push(incoming);
      array.push(incoming);
      return;
    }
    if (index !== position) sameOrder = false;
    const held = current[index] as T;
    for (const key of Object.keys(incoming) as (keyof T & string)[]) {
      if (!Object.is(held[key], incoming[key])) writeField(setState, index, key, incoming[key]);
    }
    for (const key of Object.keys(held) as (keyof T & string)[]) {
      if (!(key in incoming)) writeField(setState, index, key, undefined as T[typeof key]);
    }
    rows.push(held);
    array.push(proxies[index] as T);
  });
  if (!sameOrder) setState('jobs', array);
  return rows;
}

function writeField<T extends Keyed, K extends keyof T & string>(
  setState: SetStoreFunction<{ jobs: T[] }>,
  index: number,
  key: K,
  value: T[K],
): void {
  // The path form writes one property; a function value would be called as an updater, so wrap it.
  (setState as (...path: unknown[]) => void)(
    'jobs',
    index,
    key,
    typeof value === 'function' ? () => value : value,
  );
}

/** True when `next` holds the same ids as `current`, in the same order (only fields may differ). */
export function sameIds(current: readonly Keyed[], next: readonly Keyed[]): boolean {
  return current.length === next.length && next.every((row, index) => current[index]?.id === row.id);
}
