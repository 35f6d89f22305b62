import { Show, createMemo, type Accessor, type JSX } from 'solid-js';
import type { JobListItem } from '@vpo-live/vpo-api';
import { formatDuration, queueSeconds, runSeconds } from '@vpo-live/ui';

/**
 * A wait as text. While a job is still queued its wait is shown in whole minutes past the first one, so a page
 * of queued jobs changes its texts once a minute, not every second.
 */
export function formatWait(seconds: number | null, queued: boolean): string {
  if (seconds === null || !queued || seconds < 60) return formatDuration(seconds);
  return formatDuration(seconds - (seconds % 60));
}

export interface TimesCellProps {
  /** A store proxy: the cell reads status and the three timestamps. */
  job: JobListItem;
  /** The page's one-second clock; read only by a queued or running job, whose time is still growing. */
  now: Accessor<number>;
}

/**
 * Two distinct times of one job: how long it waited in the queue (created → started) and how long it ran
 * (started → completed), each ticking while it grows. They need the [ext] `started_at`: from a VPO server,
 * which does not send it, the cell shows a dash (its `duration_seconds` counts both, and is the Total column).
 * A finished job never reads the clock, so a page of finished jobs costs nothing per tick.
 */
export function TimesCell(props: TimesCellProps): JSX.Element {
  const known = () => props.job.started_at !== undefined;
  const at = () => {
    const status = props.job.status;
    return status === 'queued' || status === 'running' ? props.now() : 0;
  };
  const waitedSeconds = createMemo(() => (known() ? queueSeconds(props.job, at()) : null));
  const ranSeconds = createMemo(() => (known() ? runSeconds(props.job, at()) : null));
  // Texts, not numbers, are what the DOM gets: a tick that leaves a text unchanged writes nothing.
  const waited = createMemo(() => formatWait(waitedSeconds(), props.job.status === 'queued'));
  const ran = createMemo(() => formatDuration(ranSeconds()));
  return (
    <td class="jobs-cell jobs-cell--times">
      <Show
        when={waitedSeconds() !== null || ranSeconds() !== null}
        fallback={<span class="jobs-muted">—</span>}
      >
        <span class="jobs-times__line">
          <span class="jobs-times__label">Waited</span> {waited()}
        </span>
        <span class="jobs-times__line">
          <span class="jobs-times__label">Ran</span> {ran()}
        </span>
      </Show>
    </td>
  );
}
