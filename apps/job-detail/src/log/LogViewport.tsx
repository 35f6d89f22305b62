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
import type { LogView } from './createLogTail.ts';
import type { LineRange } from './lineHash.ts';
import type { LogQuery } from './logQuery.ts';
import { LogRow } from './LogRow.tsx';
import { scrollTopForRow, virtualWindow } from './virtualWindow.ts';
import { WrapIndex } from './wrapIndex.ts';

/** Row height in pixels; the stylesheet gives `.job-log__row` the same height. */
export const LOG_ROW_HEIGHT = 18;
/** What the font is measured on: the gutter's `ch` unit is the width of "0". */
const PROBE_TEXT = '0'.repeat(100);
/** Used until the viewport has been measured (and where layout is not available, as in jsdom). */
export const FALLBACK_VIEWPORT_HEIGHT = 360;
/** Characters in a wrapped row until the font has been measured (and where it cannot be, as in jsdom). */
export const FALLBACK_CHARS_PER_ROW = 120;
const OVERSCAN = 10;

/** How the rows are drawn, besides their text. */
export interface LogRowDecor {
  query: LogQuery | null;
  /** The current search match: its line (0-based) and which match of that line. */
  current: { line: number; ordinal: number } | null;
  /** Selected lines, 1-based. */
  selection: LineRange | null;
  hideStamp: boolean;
}

/** A line to bring into view (1-based); a new object each time, so the same line can be asked for again. */
export interface ScrollTarget {
  line: number;
}

export interface LogViewportProps {
  /** The log as last read: a new view whenever its lines changed. */
  view: Accessor<LogView | undefined>;
  following: Accessor<boolean>;
  /** Called when the operator scrolls up: following stops. */
  onScrollUp: () => void;
  /** Called when the operator scrolls down to the last line: following starts again. */
  onReachBottom?: () => void;
  decor?: Accessor<LogRowDecor>;
  /** Scrolls that line to the middle of the view (the caller stops following first). */
  target?: Accessor<ScrollTarget | null>;
  onNumberClick?: (line: number, extend: boolean) => void;
  /** `/` or Ctrl+F pressed in the log: open its search. */
  onFindKey?: () => void;
  /** Receives the scrolling element (to give it focus back). */
  viewportRef?: (element: HTMLDivElement) => void;
  /** Long lines wrap onto more rows instead of scrolling sideways. */
  wrap?: Accessor<boolean>;
  label?: string;
}

const NO_DECOR: LogRowDecor = { query: null, current: null, selection: null, hideStamp: false };

/**
 * The virtualized log: a fixed-row-height viewport that renders only the rows in view plus an overscan, so a
 * million-line log scrolls as lightly as a short one. Rows are text (never HTML) drawn through SafeText: each
 * line is isolated, and a bidi control in it shows as a marker — only lines that hold one are split, the rest
 * stay a single text node, updated in place as the window moves. Lines are never cut. Search matches, the
 * selected lines, colours and levels are drawn by each row (`LogRow`) for the rows in view only. While following, each
 * change scrolls to the last line; otherwise the rows in view stay put. `role="log"` with `aria-live="off"`:
 * thousands of lines per poll would drown a screen reader; the page announces job completion separately.
 */
export function LogViewport(props: LogViewportProps): JSX.Element {
  let viewport!: HTMLDivElement;
  const [scrollTop, setScrollTop] = createSignal(0);
  const [height, setHeight] = createSignal(FALLBACK_VIEWPORT_HEIGHT);
  const [charsPerRow, setCharsPerRow] = createSignal(FALLBACK_CHARS_PER_ROW);
  const count = createMemo(() => props.view()?.count ?? 0);
  const wrapping = () => props.wrap?.() ?? false;
  let wrapIndex: WrapIndex | null = null;
  // Its own memo: the decor changes with every search and selection, the rows only with the stamps shown.
  const stampsHidden = createMemo(() => (props.decor?.() ?? NO_DECOR).hideStamp);
  // Screen rows: one per line, or while wrapping the rows each line takes. All scroll geometry is in these.
  const screenRows = createMemo(() => {
    if (!wrapping()) return count();
    const lines = props.view()?.lines;
    if (!lines) return 0;
    wrapIndex ??= new WrapIndex();
    wrapIndex.update(lines, charsPerRow(), stampsHidden());
    return wrapIndex.rows;
  });
  const geometry = () => ({ viewportHeight: height(), rowHeight: LOG_ROW_HEIGHT, count: screenRows() });
  const bottom = () => {
    const { totalHeight } = virtualWindow({ ...geometry(), scrollTop: 0, overscan: 0 });
    return Math.max(0, totalHeight - height());
  };
  // While following, the rows in view follow the line count directly, so a batch renders once (not once for
  // the new lines and again after the scroll it causes).
  const top = createMemo(() => (props.following() ? bottom() : scrollTop()));
  const win = createMemo(() => virtualWindow({ ...geometry(), scrollTop: top(), overscan: OVERSCAN }));
  // The lines drawn, and where the first one goes: while wrapping, the screen rows in view are mapped to the
  // lines that cover them.
  const layout = createMemo(() => {
    const w = win();
    const index = wrapIndex;
    if (!wrapping() || index === null || w.end <= w.start) return w;
    const start = index.lineAt(w.start);
    const end = Math.min(count(), index.lineAt(w.end - 1) + 1);
    return { ...w, start, end, offsetTop: w.offsetTop + (index.rowOf(start) - w.start) * LOG_ROW_HEIGHT };
  });
  const rows = createMemo(() => {
    const lines = props.view()?.lines;
    const { start, end } = layout();
    const index = wrapping() ? wrapIndex : null;
    const out: { index: number; text: string; height: number | undefined }[] = [];
    for (let i = start; i < end; i++) {
      const height = index ? index.heightOf(i) * LOG_ROW_HEIGHT : undefined;
      out.push({ index: i, text: lines?.get(i) ?? '', height });
    }
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

  // Wrapping on or off: the anchor (in screen rows) keeps the same line at the top. Defined before the follow
  // effect, which places the view from it.
  createEffect(
    on(
      wrapping,
      (wrap) => {
        if (wrapIndex === null) return;
        anchorRow = wrap ? wrapIndex.rowOf(anchorRow) : wrapIndex.lineAt(anchorRow);
      },
      { defer: true },
    ),
  );

  createEffect(
    on([screenRows, () => props.following(), height], ([lines, following, viewportHeight], previous) => {
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

  // Defined after the follow effect, so a target asked for together with "stop following" wins.
  createEffect(
    on(
      () => props.target?.(),
      (target) => {
        if (!target) return;
        const visible = Math.max(1, Math.floor(height() / LOG_ROW_HEIGHT));
        const row = wrapping() && wrapIndex ? wrapIndex.rowOf(target.line - 1) : target.line - 1;
        anchorRow = Math.max(0, row - Math.floor(visible / 2));
        const position = scrollTopForRow(anchorRow, geometry());
        setScrollTop(position);
        place(position);
      },
    ),
  );

  const onScroll = () => {
    const position = viewport.scrollTop;
    const movedUp = position < lastTop - 1;
    const movedDown = position > lastTop + 1;
    lastTop = position;
    anchorRow = virtualWindow({ ...geometry(), scrollTop: position, overscan: 0 }).start;
    if (props.following() && !movedUp) return;
    setScrollTop(position);
    if (movedUp && props.following()) props.onScrollUp();
    // Back at the last line by the operator's own scrolling: follow again (as Dagster and GitLab do).
    else if (movedDown && !props.following() && position >= bottom() - 1) props.onReachBottom?.();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const find = event.key === '/' || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'f');
    if (!find || !props.onFindKey || event.target !== viewport) return;
    event.preventDefault();
    props.onFindKey();
  };
  const decor = () => props.decor?.() ?? NO_DECOR;
  const selected = (line: number) => {
    const selection = decor().selection;
    return selection !== null && line >= selection.start && line <= selection.end;
  };
  const ordinalOn = (index: number) => {
    const current = decor().current;
    return current !== null && current.line === index ? current.ordinal : -1;
  };

  onMount(() => {
    // A read-only handle on the model for tests and debugging: `document.querySelector('[role=log]').logLines`.
    Object.defineProperty(viewport, 'logLines', { get: () => props.view()?.lines, configurable: true });
    const [probe, gutter] = Array.from(viewport.querySelector('.job-log__probe')?.children ?? []);
    const measure = () => {
      setHeight(viewport.clientHeight > 0 ? viewport.clientHeight : FALLBACK_VIEWPORT_HEIGHT);
      // A character of the log's font, from a hundred (precise to a hundredth of a pixel), and the text column
      // as the browser lays it out: the row less the rows' right padding (from the stylesheet) and the number gutter, measured
      // as drawn (9ch, rounded to the browser's layout units). A character more than fits would clip a line; one
      // less leaves a blank band under it.
      const charWidth = (probe?.getBoundingClientRect().width ?? 0) / PROBE_TEXT.length;
      const rows = viewport.querySelector('.job-log__rows');
      const padding = rows ? parseFloat(getComputedStyle(rows).paddingRight) || 0 : 0;
      const column = viewport.clientWidth - padding - (gutter?.getBoundingClientRect().width ?? 0);
      if (charWidth > 0 && column > 0) setCharsPerRow(Math.max(20, Math.floor(column / charWidth + 1e-3)));
    };
    measure();
    if (typeof ResizeObserver === 'function') {
      const observer = new ResizeObserver(measure);
      observer.observe(viewport);
      onCleanup(() => observer.disconnect());
    }
  });

  return (
    <div
      ref={(element) => {
        viewport = element;
        props.viewportRef?.(element);
      }}
      class="job-log__viewport"
      classList={{ 'job-log__viewport--wrap': wrapping() }}
      role="log"
      aria-live="off"
      aria-label={props.label ?? 'Job log'}
      tabindex="0"
      data-line-count={count()}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
    >
      <span class="job-log__probe" aria-hidden="true">
        <span>{PROBE_TEXT}</span>
        <span class="job-log__number" />
      </span>
      <div class="job-log__sizer" style={{ height: `${win().totalHeight}px` }}>
        <div class="job-log__rows" style={{ transform: `translateY(${layout().offsetTop}px)` }}>
          <Index each={rows()}>
            {(row) => (
              <LogRow
                index={row().index}
                text={row().text}
                query={decor().query}
                currentOrdinal={ordinalOn(row().index)}
                hideStamp={decor().hideStamp}
                selected={selected(row().index + 1)}
                height={row().height}
                onNumberClick={(line, extend) => props.onNumberClick?.(line, extend)}
              />
            )}
          </Index>
        </div>
      </div>
    </div>
  );
}
