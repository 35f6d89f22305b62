import { Show, type JSX } from 'solid-js';

export interface PaginationProps {
  offset: number;
  /** Jobs on the current page. */
  count: number;
  /** Jobs matching the filters, all pages. */
  total: number;
  pageSize: number;
  onOffset: (offset: number) => void;
}

/** "Showing 51–100 of 234 jobs" with previous/next buttons; hidden when everything fits on one page. */
export function Pagination(props: PaginationProps): JSX.Element {
  const pages = () => Math.max(1, Math.ceil(props.total / props.pageSize));
  const page = () => Math.floor(props.offset / props.pageSize) + 1;
  // One string, so a poll that changes the total rewrites one text node.
  const info = () =>
    props.count > 0
      ? `Showing ${props.offset + 1}–${props.offset + props.count} of ${props.total} jobs · Page ${page()} of ${pages()}`
      : `Page ${page()} of ${pages()}`;
  return (
    <Show when={props.total > props.pageSize || props.offset > 0}>
      <nav class="jobs-pagination" aria-label="Pages">
        <button
          type="button"
          class="vpo-button"
          disabled={props.offset === 0}
          onClick={() => props.onOffset(Math.max(0, props.offset - props.pageSize))}
        >
          Previous
        </button>
        <span class="jobs-pagination__info">{info()}</span>
        <button
          type="button"
          class="vpo-button"
          disabled={props.offset + props.pageSize >= props.total}
          onClick={() => props.onOffset(props.offset + props.pageSize)}
        >
          Next
        </button>
      </nav>
    </Show>
  );
}
