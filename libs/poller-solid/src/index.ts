/**
 * The Solid binding of the polling engine — the one place Solid meets it: pollers owned by a Solid owner
 * (`createPoller`) or created elsewhere and observed (`fromPoller`), with their data as a signal or a
 * reconciled store, and keyed rows for lists (`createKeyedRows`).
 */
export { createPoller, type SolidPoller } from './createPoller.ts';
export { fromPoller, type PollerView, type PollerViewOptions } from './fromPoller.ts';
export {
  createKeyedRows,
  type Keyed,
  type KeyedRows,
  type RowsUpdate,
  type StatusChange,
} from './createKeyedRows.ts';
