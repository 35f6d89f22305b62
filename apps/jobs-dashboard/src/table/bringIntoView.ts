/**
 * Scrolls `el` to the top of the view when its top is above it — after a page change from the controls below
 * the table, the new page is read from its first row. An element already in view is left alone, so the
 * controls above the table do not jump the page.
 */
export function bringIntoView(el: HTMLElement | undefined): void {
  if (!el?.isConnected || el.getBoundingClientRect().top >= 0) return;
  el.scrollIntoView?.({ block: 'start' });
}
