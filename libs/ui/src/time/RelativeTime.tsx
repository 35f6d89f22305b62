import { Show, type JSX } from 'solid-js';
import { formatDateTime, type DateTimeFormatOptions } from '../format/formatDateTime.ts';
import { formatRelativeTime } from '../format/formatRelativeTime.ts';
import { parseTimestamp } from '../format/parseTimestamp.ts';

export interface RelativeTimeProps {
  /** An ISO-8601 timestamp as the API sends it. */
  value: string | null | undefined;
  /** Current time in epoch ms (a {@link createNow} signal), so the relative part stays fresh. */
  now: number;
  /** Show the local date and time before the relative part (default true). */
  showAbsolute?: boolean;
  format?: DateTimeFormatOptions;
}

/**
 * `<time datetime="…">Feb 1, 2026, 10:00:00 AM <span>3 min ago</span></time>`: local time plus how long
 * ago. Unparseable values render `—`.
 *
 * @example <RelativeTime value={job.created_at} now={now()} />
 */
export function RelativeTime(props: RelativeTimeProps): JSX.Element {
  const ms = () => parseTimestamp(props.value);
  return (
    <Show when={ms()} keyed fallback={<span class="vpo-time vpo-time--missing">—</span>}>
      {(timestamp) => (
        <time class="vpo-time" datetime={new Date(timestamp).toISOString()}>
          <Show when={props.showAbsolute !== false}>
            <span class="vpo-time__absolute">{formatDateTime(timestamp, props.format)}</span>{' '}
          </Show>
          <span class="vpo-time__relative">{formatRelativeTime(timestamp, props.now)}</span>
        </time>
      )}
    </Show>
  );
}
