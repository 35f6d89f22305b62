import { onCleanup } from 'solid-js';

/** Re-applies a scroll anchor recorded by {@link ScrollAnchor.hold}. */
export type RestoreScroll = () => void;

export interface ScrollAnchor {
  /**
   * Call just before rows are added or removed: records the first row at the top of the visible area, and
   * returns the function to call once the DOM has changed (before the next paint), which scrolls by however
   * far that row moved.
   */
  hold(tbody: HTMLElement | undefined): RestoreScroll;
}

const noop: RestoreScroll = () => undefined;

/**
 * Keeps the rows the operator is looking at in place while jobs are added or removed above them. Browsers'
 * own scroll anchoring does this only when nothing else on the page is picked as the anchor — a full-height
 * sidebar, as on VPO's pages, is. Which element scrolls, and how far, is learned from `scroll` events (one
 * passive capture listener), so a page that was never scrolled costs no layout read per poll; at the very top
 * nothing is held and new jobs push the list down into view, as a live list should. Must be created inside a
 * Solid owner; the listener goes with it.
 */
export function createScrollAnchor(doc: Document = document): ScrollAnchor {
  let scroller: HTMLElement | null = null;
  const onScroll = (event: Event) => {
    const target = event.target;
    scroller = target instanceof HTMLElement ? target : (doc.scrollingElement as HTMLElement | null);
  };
  doc.addEventListener('scroll', onScroll, { capture: true, passive: true });
  onCleanup(() => doc.removeEventListener('scroll', onScroll, { capture: true }));

  return {
    hold(tbody) {
      const box = scroller;
      if (!tbody?.isConnected || !box || !box.contains(tbody) || box.scrollTop <= 0) return noop;
      const visibleTop = box === doc.scrollingElement ? 0 : box.getBoundingClientRect().top;
      const anchor = (Array.from(tbody.children) as HTMLElement[]).find(
        (row) => row.getBoundingClientRect().bottom > visibleTop,
      );
      if (!anchor) return noop;
      const top = anchor.getBoundingClientRect().top;
      return () => {
        if (!anchor.isConnected) return;
        const moved = anchor.getBoundingClientRect().top - top;
        if (Math.abs(moved) >= 1) box.scrollTop += moved;
      };
    },
  };
}
