import type { JSX } from 'solid-js';
import type { SortField, SortOrder } from '@vpo-live/vpo-api';

export interface SortableHeaderProps {
  field: SortField;
  label: string;
  /** The current sort of the table. */
  sort: SortField;
  order: SortOrder;
  onSort: (field: SortField) => void;
  class?: string;
}

/**
 * A column header that sorts: a real `<button>` inside the `<th>` (keyboard and screen-reader reachable),
 * and `aria-sort` on the `<th>` of the sorted column only, as the ARIA table pattern asks.
 */
export function SortableHeader(props: SortableHeaderProps): JSX.Element {
  const active = () => props.sort === props.field;
  const ariaSort = () => (active() ? (props.order === 'asc' ? 'ascending' : 'descending') : undefined);
  return (
    <th scope="col" class={props.class} aria-sort={ariaSort()}>
      <button type="button" class="jobs-sort" onClick={() => props.onSort(props.field)}>
        {props.label}
        <span class="jobs-sort__icon" aria-hidden="true">
          {active() ? (props.order === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
