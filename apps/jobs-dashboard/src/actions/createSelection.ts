import { createSignal, type Accessor } from 'solid-js';

/** The rows an operator picked for a bulk action, by job id. */
export interface Selection {
  /** True for a selected id (each row reads only its own). */
  has(id: string): boolean;
  /** The selected ids among `ids`, in their order (rows gone from the page drop out of what is acted on). */
  among(ids: readonly string[]): string[];
  /**
   * Flips one row. With `range` (Shift-click), every row between the last one clicked and this one takes this
   * one's new state, as in a file manager.
   */
  toggle(id: string, ids: readonly string[], range?: boolean): void;
  /** Selects every row of `ids`, or clears them all when they all are selected already. */
  toggleAll(ids: readonly string[]): void;
  clear(): void;
  /** How many ids are selected. */
  size: Accessor<number>;
}

/**
 * A selection of rows that survives polls (ids, not row objects) and is cleared by the caller when the view
 * changes (another page, filter or sort).
 *
 * @example const selection = createSelection(); selection.toggle(id, ids, event.shiftKey);
 */
export function createSelection(): Selection {
  const [selected, setSelected] = createSignal<ReadonlySet<string>>(new Set(), { equals: false });
  let anchor: string | null = null;
  const write = (change: (next: Set<string>) => void) => {
    const next = new Set(selected());
    change(next);
    setSelected(next);
  };
  return {
    has: (id) => selected().has(id),
    among: (ids) => ids.filter((id) => selected().has(id)),
    toggle(id, ids, range = false) {
      const on = !selected().has(id);
      const from = anchor === null ? -1 : ids.indexOf(anchor);
      const to = ids.indexOf(id);
      write((next) => {
        const span =
          range && from >= 0 && to >= 0 ? ids.slice(Math.min(from, to), Math.max(from, to) + 1) : [id];
        for (const each of span) {
          if (on) next.add(each);
          else next.delete(each);
        }
      });
      anchor = id;
    },
    toggleAll(ids) {
      const all = ids.length > 0 && ids.every((id) => selected().has(id));
      write((next) => {
        for (const id of ids) {
          if (all) next.delete(id);
          else next.add(id);
        }
      });
    },
    clear() {
      anchor = null;
      if (selected().size > 0) setSelected(new Set<string>());
    },
    size: () => selected().size,
  };
}
