import { formatDateTime, parseTimestamp } from '@vpo-live/ui';
import { Show, type JSX } from 'solid-js';

export interface LocalTimeProps {
  /** An ISO-8601 timestamp as the API sends it, or null. */
  value: string | null | undefined;
  /** Shown when there is no (readable) time. */
  fallback?: string;
}

/**
 * A timestamp in the operator's local time zone: `<time datetime="…Z">Feb 1, 2026, 10:00:00 AM</time>`.
 *
 * @example <LocalTime value={job.started_at} fallback="Not started" />
 */
export function LocalTime(props: LocalTimeProps): JSX.Element {
  const ms = () => parseTimestamp(props.value);
  return (
    <Show when={ms()} keyed fallback={<span class="job-detail__missing">{props.fallback ?? '—'}</span>}>
      {(timestamp) => <time datetime={new Date(timestamp).toISOString()}>{formatDateTime(timestamp)}</time>}
    </Show>
  );
}
