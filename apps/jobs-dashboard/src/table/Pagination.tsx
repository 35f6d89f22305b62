import { For, Show, type JSX } from 'solid-js';
import { PAGE_SIZES } from '../query/dashboardQuery.ts';

export interface PaginationProps {
  offset: number;
  /** Jobs on the current page. */
  count: number;
  /** Jobs matching the filters, all pages. */
  total: number;
  pageSize: number;
  onOffset: (offset: number) => void;
  onPageSize: (size: number) => void;
  /** Where the bar sits ('above' or 'below' the table): names the landmark and keeps ids unique. */
  place: 'above' | 'below';
  ref?: (el: HTMLElement) => void;
}

/** The page a typed number means: whole, at least 1, at most the last page; null when it is no number. */
export function clampPage(typed: string, pages: number): number | null {
  const value = Number.parseInt(typed.trim(), 10);
  if (!Number.isFinite(value)) return null;
  return Math.min(Math.max(1, value), pages);
}

/**
 * "Showing 51–100 of 234 jobs" with first/previous/next/last buttons, a page number field and a page size
 * selector (VPO's `limit`). While everything fits on the smallest page size only the bar above the table
 * stays, with its count alone ("Showing 1–5 of 5 jobs": a filtered view still says how many matched).
 */
export function Pagination(props: PaginationProps): JSX.Element {
  const pages = () => Math.max(1, Math.ceil(props.total / props.pageSize));
  const page = () => Math.floor(props.offset / props.pageSize) + 1;
  const last = () => (pages() - 1) * props.pageSize;
  const atStart = () => props.offset === 0;
  const atEnd = () => props.offset + props.pageSize >= props.total;
  // One string, so a poll that changes the total rewrites one text node.
  const info = () => {
    if (props.count === 0) return 'No jobs on this page';
    const n = (value: number) => value.toLocaleString('en-US');
    const first = props.offset + 1;
    const shown = props.count === 1 ? n(first) : `${n(first)}–${n(props.offset + props.count)}`;
    return `Showing ${shown} of ${n(props.total)} ${props.total === 1 ? 'job' : 'jobs'}`;
  };
  const sizes = () =>
    PAGE_SIZES.includes(props.pageSize) ? PAGE_SIZES : [...PAGE_SIZES, props.pageSize].sort((a, b) => a - b);
  const pageId = () => `jobs-page-${props.place}`;
  const sizeId = () => `jobs-page-size-${props.place}`;
  let field: HTMLInputElement | undefined;
  const goToTyped = () => {
    if (!field) return;
    const target = clampPage(field.value, pages());
    if (target === null || target === page()) {
      field.value = String(page());
      return;
    }
    field.value = String(target);
    props.onOffset((target - 1) * props.pageSize);
  };
  const paged = () => props.total > PAGE_SIZES[0]! || props.offset > 0;
  return (
    <Show when={paged() || (props.place === 'above' && props.total > 0)}>
      <nav
        class={`jobs-pagination jobs-pagination--${props.place}`}
        aria-label={`Pages, ${props.place} the table`}
        ref={(el) => props.ref?.(el)}
      >
        <span class="jobs-pagination__info">{info()}</span>
        <Show when={paged()}>
          <div class="jobs-pagination__size">
            <label for={sizeId()}>Rows per page</label>
            <select
              id={sizeId()}
              value={String(props.pageSize)}
              onChange={(event) => props.onPageSize(Number(event.currentTarget.value))}
            >
              <For each={sizes()}>{(size) => <option value={String(size)}>{size}</option>}</For>
            </select>
          </div>
          <div class="jobs-pagination__pages">
            <button
              type="button"
              class="vpo-button"
              aria-label="First page"
              disabled={atStart()}
              onClick={() => props.onOffset(0)}
            >
              <span aria-hidden="true">«</span>
            </button>
            <button
              type="button"
              class="vpo-button"
              disabled={atStart()}
              onClick={() => props.onOffset(Math.max(0, props.offset - props.pageSize))}
            >
              <span aria-hidden="true">‹</span> Previous
            </button>
            <form
              class="jobs-pagination__jump"
              onSubmit={(event) => {
                event.preventDefault();
                goToTyped();
              }}
            >
              <label for={pageId()}>Page</label>
              <input
                ref={field}
                id={pageId()}
                type="number"
                inputmode="numeric"
                min="1"
                max={pages()}
                value={page()}
                onChange={goToTyped}
              />
              <span>of {pages()}</span>
            </form>
            <button
              type="button"
              class="vpo-button"
              disabled={atEnd()}
              onClick={() => props.onOffset(props.offset + props.pageSize)}
            >
              Next <span aria-hidden="true">›</span>
            </button>
            <button
              type="button"
              class="vpo-button"
              aria-label="Last page"
              disabled={props.offset === last()}
              onClick={() => props.onOffset(last())}
            >
              <span aria-hidden="true">»</span>
            </button>
          </div>
        </Show>
      </nav>
    </Show>
  );
}
