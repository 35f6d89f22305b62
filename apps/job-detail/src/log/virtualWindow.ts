/**
 * Which rows of a fixed-row-height list to render for a scroll position. Pure.
 *
 * Browsers cap an element's height (Chromium near 33.5 M px, Firefox near 17.9 M px), so a list taller than
 * `maxHeight` is compressed: the scrollbar spans `maxHeight` pixels and its position maps proportionally onto
 * the rows. Below the cap the mapping is the plain one (row = scrollTop / rowHeight).
 */

export interface VirtualWindowInput {
  scrollTop: number;
  viewportHeight: number;
  rowHeight: number;
  count: number;
  /** Extra rows rendered above and below the visible ones. */
  overscan: number;
  /** Tallest scrollable height used; defaults to {@link MAX_SCROLL_HEIGHT}. */
  maxHeight?: number;
}

export interface VirtualWindow {
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
  /** Where row `start` is drawn, in pixels from the top of the scrollable content. */
  offsetTop: number;
  /** Height of the scrollable content. */
  totalHeight: number;
}

/** Safely below every current browser's element-height limit. */
export const MAX_SCROLL_HEIGHT = 15_000_000;

/**
 * @example virtualWindow({ scrollTop: 180, viewportHeight: 90, rowHeight: 18, count: 100, overscan: 2 })
 * // → { start: 8, end: 17, offsetTop: 144, totalHeight: 1800 }
 */
export function virtualWindow(input: VirtualWindowInput): VirtualWindow {
  const rowHeight = Math.max(1, input.rowHeight);
  const count = Math.max(0, Math.floor(input.count));
  const viewport = Math.max(0, input.viewportHeight);
  const overscan = Math.max(0, Math.floor(input.overscan));
  const maxHeight = Math.max(viewport + rowHeight, input.maxHeight ?? MAX_SCROLL_HEIGHT);
  const contentHeight = count * rowHeight;
  const totalHeight = Math.min(contentHeight, maxHeight);
  const maxScroll = Math.max(0, totalHeight - viewport);
  const scrollTop = Math.min(Math.max(0, input.scrollTop), maxScroll);
  // The (fractional) row at the top of the viewport.
  const topRow =
    contentHeight <= maxHeight || maxScroll === 0
      ? scrollTop / rowHeight
      : (scrollTop / maxScroll) * Math.max(0, count - viewport / rowHeight);
  const start = Math.max(0, Math.floor(topRow) - overscan);
  const end = Math.min(count, Math.ceil(topRow + viewport / rowHeight) + overscan);
  const offsetTop = scrollTop + (start - topRow) * rowHeight;
  return { start, end: Math.max(start, end), offsetTop, totalHeight };
}

/**
 * The scroll position that puts `row` at the top of the viewport — the inverse of {@link virtualWindow}, used
 * to keep the same rows in view while a compressed list grows.
 */
export function scrollTopForRow(
  row: number,
  input: Omit<VirtualWindowInput, 'scrollTop' | 'overscan'>,
): number {
  const rowHeight = Math.max(1, input.rowHeight);
  const count = Math.max(0, Math.floor(input.count));
  const viewport = Math.max(0, input.viewportHeight);
  const maxHeight = Math.max(viewport + rowHeight, input.maxHeight ?? MAX_SCROLL_HEIGHT);
  const contentHeight = count * rowHeight;
  const totalHeight = Math.min(contentHeight, maxHeight);
  const maxScroll = Math.max(0, totalHeight - viewport);
  const lastTop = Math.max(0, count - viewport / rowHeight);
  const target = Math.min(Math.max(0, row), lastTop);
  const top =
    contentHeight <= maxHeight || lastTop === 0 ? target * rowHeight : (target / lastTop) * maxScroll;
  return Math.min(maxScroll, top);
}
