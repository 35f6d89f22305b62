import { Show, untrack, type JSX } from 'solid-js';
import { formatDateTime, type DateTimeFormatOptions } from '../format/formatDateTime.ts';
import { formatRelativeTime } from '../format/formatRelativeTime.ts';
import { parseTimestamp } from '../format/parseTimestamp.ts';

export interface RelativeTimeProps {
  /** An ISO-8601 timestamp as the API sends it. */
  value: string | null | undefined;
  /** Current time in epoch ms (a {@link createNow} signal), so the relative part stays fresh. */
  now: number;
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
 * binding (the relative part, refreshed by `now`); the datetime attribute and the local time are written once
 * per timestamp.
 *
 * @example <RelativeTime value={job.created_at} now={now()} />
 */
export function RelativeTime(props: RelativeTimeProps): JSX.Element {
  const showAbsolute = untrack(() => props.showAbsolute !== false);
  const format = untrack(() => props.format);
  return (
    <Show
      when={parseTimestamp(props.value)}
      keyed
      fallback={<span class="vpo-time vpo-time--missing">—</span>}
    >
      {(timestamp) => {
        const iso = new Date(timestamp).toISOString();
        const relative = <span class="vpo-time__relative">{formatRelativeTime(timestamp, props.now)}</span>;
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
