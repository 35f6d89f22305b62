import type { JSX } from 'solid-js';
import { formatRelativeTime } from '../format/formatRelativeTime.ts';

export interface LastUpdatedProps {
  /** Epoch ms of the last successful response, or null before the first. */
  at: number | null;
  now: number;
}

/**
 * "Updated 12 s ago" (or "Not updated yet"), from a poller snapshot's `lastUpdatedAt`. The text sits in a
 * contained box of fixed width (`.vpo-updated__text`): the clock rewrites it every second once it is 5 s old,
 * and each rewrite lays out that box alone — not the toolbar, whose buttons never shift either.
 *
 * @example <LastUpdated at={snapshot().lastUpdatedAt} now={now()} />
 */
export function LastUpdated(props: LastUpdatedProps): JSX.Element {
  const text = () =>
    props.at == null ? 'Not updated yet' : `Updated ${formatRelativeTime(props.at, props.now)}`;
  return (
    <span class="vpo-updated">
      <span class="vpo-updated__text">{text()}</span>
    </span>
  );
}
