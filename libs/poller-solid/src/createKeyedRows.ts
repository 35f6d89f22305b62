import { createSignal, type Accessor } from 'solid-js';
import { createStore, type SetStoreFunction } from 'solid-js/store';

/** A row the list can key: anything with a string id and plain fields. */
export interface Keyed {
  id: string;
}

/** A row whose status a poll changed: the row as it is now, and the status it had before. */
export interface StatusChange<T> {
  row: T;
  was: string;
}

/** What one {@link KeyedRows.apply} did. */
export interface RowsUpdate<T> {
  /** True when rows were added, removed or reordered (the list itself changed, not only fields). */
  moved: boolean;
  /** Rows that were already shown and whose `status` field changed, in page order. */
  statusChanges: StatusChange<T>[];
}

export interface KeyedRows<T extends Keyed> {
  /** The rows in page order: one store per job id, kept across polls while the job stays on the page. */
  rows: Accessor<T[]>;
  /** Applies a new page of rows; see {@link createKeyedRows}. */
  apply(next: readonly T[]): RowsUpdate<T>;
  /**
   * How many rows on screen pass `test`, read from the values the last `apply` kept — plain objects, not the
   * stores: nothing is tracked, and counting a page costs no store read per row.
   */
  count(test: (row: T) => boolean): number;
}

interface Entry<T> {
  /**
   * The values on screen, as the last response sent them (a plain object the store never writes into). The
   * comparison reads these, not the store's proxy, whose every read is a trap.
   */
  values: T;
  keyCount: number;
  /** Position in the current order. */
  index: number;
  row: T;
  set: SetStoreFunction<T>;
  /** The apply that last saw this id (to drop rows that vanished). */
  seen: number;
}

/**
 * The jobs on screen as one small Solid store per row, in a plain array signal, keyed by id. `apply` writes
 * only what changed:
 * - a row whose job is still on the page keeps its store (so a keyed `<For>` keeps its `<tr>`), and only the
 *   fields whose value changed are set — each such write notifies just the cells that read that field; a row
 *   whose job did not change is not touched at all;
 * - new jobs get a store of their own, vanished ones are dropped, and the array signal is set only when ids
 *   or their order changed.
 *
 * Rows are compared against the last response's values, never through the stores, so a poll that changes 6
 * of 100 jobs costs little more than those 6 writes. Call `apply` inside one Solid update (a
 * batch or a computation) so one poll is one DOM update. Must be used inside a Solid owner.
 */
export function createKeyedRows<T extends Keyed>(): KeyedRows<T> {
  const [rows, setRows] = createSignal<T[]>([]);
  const byId = new Map<string, Entry<T>>();
  let order: Entry<T>[] = [];
  let generation = 0;

  function update(entry: Entry<T>, incoming: T, changes: StatusChange<T>[]): void {
    // The same object as last time (a validator that hands back an unchanged row as it accepted it then):
    // nothing to compare.
    if (entry.values === incoming) return;
    const held = entry.values as Record<string, unknown>;
    let shared = 0;
    let keyCount = 0;
    for (const key in incoming) {
      keyCount += 1;
      const value = (incoming as Record<string, unknown>)[key];
      if (key in held) shared += 1;
      if (!Object.is(held[key], value)) write(entry.set, key, value);
    }
    // A field the server stopped sending is cleared (only looked for when the key counts say one is gone).
    if (shared < entry.keyCount) {
      for (const key in held) if (!(key in incoming)) write(entry.set, key, undefined);
    }
    const was = held.status;
    const status = (incoming as Record<string, unknown>).status;
    if (status !== was && typeof was === 'string') changes.push({ row: entry.row, was });
    entry.values = incoming;
    entry.keyCount = keyCount;
  }

  return {
    rows,
    apply(next) {
      generation += 1;
      const statusChanges: StatusChange<T>[] = [];
      const nextOrder: Entry<T>[] = [];
      let moved = false;
      // Where in the previous order the next job is expected. Jobs mostly keep their relative order between
      // polls, so most are found by one string comparison there; only where the lists diverge is the fresh id
      // string hashed for the map (the first hash of each of 100 new strings is a measurable share of a poll).
      let cursor = 0;
      for (let index = 0; index < next.length; index += 1) {
        const incoming = next[index] as T;
        const expected = order[cursor];
        let entry =
          expected !== undefined && expected.values.id === incoming.id ? expected : byId.get(incoming.id);
        if (entry) cursor = entry.index + 1;
        if (entry && entry.seen === generation) continue; // a duplicate id: the first one wins
        if (entry) {
          update(entry, incoming, statusChanges);
        } else {
          // The store gets a copy: it writes later changes into the object it wraps.
          const [row, set] = createStore<T>({ ...incoming });
          entry = { values: incoming, keyCount: Object.keys(incoming).length, index: 0, row, set, seen: 0 };
          byId.set(incoming.id, entry);
        }
        entry.seen = generation;
        if (order[nextOrder.length] !== entry) moved = true;
        nextOrder.push(entry);
      }
      if (nextOrder.length !== order.length) moved = true;
      if (moved) {
        for (const entry of order) if (entry.seen !== generation) byId.delete(entry.values.id);
        order = nextOrder;
        order.forEach((entry, index) => (entry.index = index));
        setRows(order.map((entry) => entry.row));
      }
      return { moved, statusChanges };
    },
    count(test) {
      let n = 0;
      for (const entry of order) if (test(entry.values)) n += 1;
      return n;
    },
  };
}

function write<T>(set: SetStoreFunction<T>, key: string, value: unknown): void {
  // The path form writes one property; a function value would be called as an updater, so wrap it.
  (set as (...path: unknown[]) => void)(key, typeof value === 'function' ? () => value : value);
}
