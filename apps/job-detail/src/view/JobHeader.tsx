import type { PollerSnapshot, PollerStateName } from '@vpo-live/poller';
import {
  ConnectionIndicator,
  LastUpdated,
  RefreshButton,
  SafeText,
  StatusBadge,
  formatDateTime,
  jobTypeLabel,
} from '@vpo-live/ui';
import type { JobDetail } from '@vpo-live/vpo-api';
import { Show, type JSX } from 'solid-js';

export interface JobHeaderProps {
  job: JobDetail;
  /** The job poller's state, why it stopped, and when it last had an answer (fields of its snapshot). */
  state: PollerStateName;
  terminalReason: PollerSnapshot<JobDetail>['terminalReason'];
  lastUpdatedAt: number | null;
  /** The page's connection state (job and log pollers together). */
  connection: PollerStateName;
  /** When the pollers try next, for "next try in N s" while failing or slowed down. */
  nextPollAt: number | null;
  /** Render our own connection indicator (false when the host page has VPO's header one). */
  showIndicator: boolean;
  busy: boolean;
  now: number;
  onRefresh: () => void;
  /** More controls after Refresh (the "Notify me" toggle). */
  children?: JSX.Element;
}

/**
 * Title, status badge, connection state, "updated N s ago" (or when updates stopped) and a refresh button.
 *
 * @example <JobHeader job={job} state="connected" terminalReason={null} lastUpdatedAt={at} connection="connected" showIndicator busy={false} now={now()} onRefresh={refresh} />
 */
export function JobHeader(props: JobHeaderProps): JSX.Element {
  return (
    <header class="job-detail__header">
      <div class="job-detail__title">
        <h2 id="job-detail-title">
          <SafeText text={jobTypeLabel(props.job.job_type)} /> job{' '}
          <code>
            <SafeText text={props.job.id_short} />
          </code>
        </h2>
        <StatusBadge status={props.job.status} />
      </div>
      <div class="job-detail__live">
        <Show when={props.showIndicator}>
          <ConnectionIndicator state={props.connection} nextPollAt={props.nextPollAt} now={props.now} />
        </Show>
        <Show
          when={props.state === 'terminal' && props.lastUpdatedAt}
          keyed
          fallback={<LastUpdated at={props.lastUpdatedAt} now={props.now} />}
        >
          {(at) => (
            // The clock stops with the pollers, so a stopped page gives the time itself, not "N s ago"; and only
            // a finished job has a final status (a refused one just has the last data received).
            <span class="vpo-updated">
              {props.terminalReason === 'finished' ? 'Final status, checked' : 'Last updated'}{' '}
              {formatDateTime(at)}
            </span>
          )}
        </Show>
        <RefreshButton onRefresh={() => props.onRefresh()} busy={props.busy} />
        {props.children}
      </div>
    </header>
  );
}
