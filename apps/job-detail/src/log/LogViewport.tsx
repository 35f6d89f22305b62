import {
  Index,
  createEffect,
  createMemo,
  createSignal,
  on,
  onCleanup,
  onMount,
  type Accessor,
  type JSX,
} from 'solid-js';
import { SafeText } from '@vpo-live/ui';
import type { LogView } from './createLogTail.ts';
import { scrollTopForRow, virtualWindow } from './virtualWindow.ts';

/** Row height in pixels; the stylesheet gives `.job-log__row` the same height. */
export const LOG_ROW_HEIGHT = 18;
/** Used until the viewport has been measured (and where layout is not available, as in jsdom). */
export const FALLBACK_VIEWPORT_HEIGHT = 360;
const OVERSCAN = 10;

export interface LogViewportProps {
  /** The log as last read: a new view whenever its lines changed. */
  view: Accessor<LogView | undefined>;
  following: Accessor<boolean>;
  /** Called when the operator scrolls up: following stops. */
  onScrollUp: () => void;
  label?: string;
}

/**
 * The virtualized log: a fixed-row-height viewport that renders only the rows in view plus an overscan, so a
 * million-line log scrolls as lightly as a short one. Rows are text (never HTML) drawn through SafeText: each
 * line is isolated, and a bidi control in it shows as a marker — only lines that hold one are split, the rest
 * stay a single text node, updated in place as the window moves. Lines are never cut. While following, each
 * change scrolls to the last line; otherwise the rows in view stay put. `role="log"` with `aria-live="off"`:
 * thousands of lines per poll would drown a screen reader; the page announces job completion separately.
 */
export function LogViewport(props: LogViewportProps): JSX.Element {
  let viewport!: HTMLDivElement;
  const [scrollTop, setScrollTop] = createSignal(0);
  const [height, setHeight] = createSignal(FALLBACK_VIEWPORT_HEIGHT);
  const count = createMemo(() => props.view()?.count ?? 0);
  const geometry = () => ({ viewportHeight: height(), rowHeight: LOG_ROW_HEIGHT, count: count() });
  const bottom = () => {
    const { totalHeight } = virtualWindow({ ...geometry(), scrollTop: 0, overscan: 0 });
    return Math.max(0, totalHeight - height());
  };
  // While following, the rows in view follow the line count directly, so a batch renders once (not once for
  // the new lines and again after the scroll it causes).
  const top = createMemo(() => (props.following() ? bottom() : scrollTop()));
  const win = createMemo(() => virtualWindow({ ...geometry(), scrollTop: top(), overscan: OVERSCAN }));
  const rows = createMemo(() => {
    const lines = props.view()?.lines;
    const { start, end } = win();
    const out: { index: number; text: string }[] = [];
    for (let i = start; i < end; i++) out.push({ index: i, text: lines?.get(i) ?? '' });
    return out;
  });

  /** The row at the top of the viewport, kept while not following so growth does not move the view. */
  let anchorRow = 0;
  /** Where the viewport was last put or seen, to tell the operator scrolling up from our own scrolling. */
  let lastTop = 0;
  const place = (position: number) => {
    lastTop = position;
    if (viewport.scrollTop !== position) viewport.scrollTop = position;
  };

  createEffect(
    on([count, () => props.following(), height], ([lines, following, viewportHeight], previous) => {
      if (following) return place(bottom());
      // Following just stopped: stay exactly where the view is.
      if (previous && previous[0] === lines && previous[2] === viewportHeight) {
        anchorRow = virtualWindow({ ...geometry(), scrollTop: lastTop, overscan: 0 }).start;
        return setScrollTop(lastTop);
      }
      const position = scrollTopForRow(anchorRow, geometry());
      setScrollTop(position);
      place(position);
    }),
  );

  const onScroll = () => {
    const position = viewport.scrollTop;
    const movedUp = position < lastTop - 1;
    lastTop = position;
    anchorRow = virtualWindow({ ...geometry(), scrollTop: position, overscan: 0 }).start;
    if (props.following() && !movedUp) return;
    setScrollTop(position);
    if (movedUp && props.following()) props.onScrollUp();
  };

  onMount(() => {
    // A read-only handle on the model for tests and debugging: `document.querySelector('[role=log]').logLines`.
    Object.defineProperty(viewport, 'logLines', { get: () => props.view()?.lines, configurable: true });
    const measure = () =>
      setHeight(viewport.clientHeight > 0 ? viewport.clientHeight : FALLBACK_VIEWPORT_HEIGHT);
    measure();
    if (typeof ResizeObserver === 'function') {
      const observer = new ResizeObserver(measure);
      observer.observe(viewport);
      onCleanup(() => observer.disconnect());
    }
  });

  return (
    <div
      ref={viewport}
      class="job-log__viewport"
      role="log"
      aria-live="off"
      aria-label={props.label ?? 'Job log'}
      tabindex="0"
      data-line-count={count()}
      onScroll={onScroll}
    >
      <div class="job-log__sizer" style={{ height: `${win().totalHeight}px` }}>
        <div class="job-log__rows" style={{ transform: `translateY(${win().offsetTop}px)` }}>
          <Index each={rows()}>
            {(row) => (
              <div class="job-log__row" data-line={row().index + 1}>
                <span class="job-log__number" aria-hidden="true">
                  {row().index + 1}
                </span>
                <span class="job-log__text">
                  <SafeText text={row().text} />
                </span>
              </div>
            )}
          </Index>
        </div>
      </div>
    </div>
  );
}
