import { Show, createSignal, onCleanup, untrack, type JSX } from 'solid-js';
import { formatDateTime, type DateTimeFormatOptions } from '../format/formatDateTime.ts';
import { formatRelativeTime } from '../format/formatRelativeTime.ts';
import { parseTimestamp } from '../format/parseTimestamp.ts';
import type { RelativeClock } from './createRelativeClock.ts';

export interface RelativeTimeProps {
  /** An ISO-8601 timestamp as the API sends it. */
  value: string | null | undefined;
  /**
   * The clock shared by the page's relative times ({@link createRelativeClock}): the text is then rewritten only
   * when it changes, and only while in view. A setting: read once.
   */
  clock?: RelativeClock;
  /** Without a `clock`: the current time in epoch ms (a {@link createNow} signal), so the relative part stays fresh. */
  now?: number;
  /** Show the local date and time before the relative part (default true). A setting: read once. */
  showAbsolute?: boolean;
  /** Locale, zone and precision of the local time. A setting: read once. */
  format?: DateTimeFormatOptions;
}

/**
 * `<time datetime="…">Feb 1, 2026, 10:00:00 AM <span>3 min ago</span></time>`: local time plus how long
 * ago. Unparseable values render `—`.
 *
 * A table renders one per row, so it is kept to one reactive branch (on the timestamp) and one text
 * binding (the relative part); the datetime attribute and the local time are written once per timestamp. With a
 * shared `clock` (what a table should use) nothing runs between two changes of the text; with `now`, the
 * text is recomputed on every tick and written when it differs. The relative part is a contained box
 * (`.vpo-time__relative`, see styles.css), so a new text lays out that box alone, not the table around it.
 *
 * @example <RelativeTime value={job.created_at} clock={clock} />
 */
export function RelativeTime(props: RelativeTimeProps): JSX.Element {
  const showAbsolute = untrack(() => props.showAbsolute !== false);
  const format = untrack(() => props.format);
  const clock = untrack(() => props.clock);
  const relativeOf = (timestamp: number): JSX.Element => {
    if (!clock)
      return <span class="vpo-time__relative">{formatRelativeTime(timestamp, props.now ?? Date.now())}</span>;
    const [text, setText] = createSignal(formatRelativeTime(timestamp, clock.now()));
    const el = (<span class="vpo-time__relative">{text()}</span>) as HTMLElement;
    onCleanup(clock.watch(el, timestamp, (now) => setText(formatRelativeTime(timestamp, now))));
    return el;
  };
  return (
    <Show
      when={parseTimestamp(props.value)}
      keyed
      fallback={<span class="vpo-time vpo-time--missing">—</span>}
    >
      {(timestamp) => {
        const iso = new Date(timestamp).toISOString();
        const relative = relativeOf(timestamp);
        if (!showAbsolute) {
          return (
            <time class="vpo-time" datetime={iso}>
              {relative}
            </time>
          );
        }
        const absolute = formatDateTime(timestamp, format);
        return (
          <time class="vpo-time" datetime={iso}>
            <span class="vpo-time__absolute">{absolute}</span> {relative}
          </time>
        );
      }}
    </Show>
  );
}
