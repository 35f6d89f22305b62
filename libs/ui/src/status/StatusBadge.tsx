import type { JSX } from 'solid-js';
import { statusLabel, statusTone } from './statusLabel.ts';

export interface StatusBadgeProps {
  /** The job status as the server sent it; unknown values render neutrally. */
  status: string;
}

/**
 * A coloured status pill: `<span class="vpo-badge vpo-badge--running" data-status="running">Running</span>`.
 *
 * @example <StatusBadge status={job.status} />
 */
export function StatusBadge(props: StatusBadgeProps): JSX.Element {
  return (
    <span class={`vpo-badge vpo-badge--${statusTone(props.status)}`} data-status={props.status}>
      {statusLabel(props.status)}
    </span>
  );
}
