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
 * nothing is held and new jobs push the list down into view, as a live list should — unless the pointer or the
 * focus is on the rows: then the rows stay where the operator is about to click. Must be created inside a
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
      if (!tbody?.isConnected) return noop;
      // The operator's pointer (or focus) on a row: that row stays put even at the very top, so a click meant
      // for it — a checkbox being ticked — never lands on the job that just pushed it down.
      const engaged = tbody.matches(':hover, :focus-within');
      const box = scroller ?? (engaged ? (doc.scrollingElement as HTMLElement | null) : null);
      if (!box || !box.contains(tbody) || (box.scrollTop <= 0 && !engaged)) return noop;
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
