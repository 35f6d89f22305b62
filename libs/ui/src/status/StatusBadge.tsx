import type { JSX } from 'solid-js';
import { SafeText } from '../text/SafeText.tsx';
import { statusLabel, statusTone } from './statusLabel.ts';

export interface StatusBadgeProps {
  /** The job status as the server sent it; unknown values render neutrally. */
  status: string;
}

/**
 * A coloured status pill: `<span class="vpo-badge vpo-badge--running" data-status="running">Running</span>`.
 * A status this client does not know is the server's own string, so it is drawn through {@link SafeText}.
 *
 * @example <StatusBadge status={job.status} />
 */
export function StatusBadge(props: StatusBadgeProps): JSX.Element {
  return (
    <span class={`vpo-badge vpo-badge--${statusTone(props.status)}`} data-status={props.status}>
      {/* A condition (a memo and an insert), not a <Show> (three memos): a table has a badge per row. */}
      {statusTone(props.status) !== 'unknown' ? statusLabel(props.status) : <SafeText text={props.status} />}
    </span>
  );
}
