import { createMemo, type Accessor, type JSX } from 'solid-js';
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

/** The two texts a cell shows, or null for none (the dash). */
type Times = { waited: string; ran: string } | null;

const sameTimes = (a: Times, b: Times): boolean =>
  a === b || (a !== null && b !== null && a.waited === b.waited && a.ran === b.ran);

/**
 * Two distinct times of one job: how long it waited in the queue (created → started) and how long it ran
 * (started → completed), each ticking while it grows. They need the [ext] `started_at`: from a VPO server,
 * which does not send it, the cell shows a dash (its `duration_seconds` counts both, and is the Total column).
 * A finished job never reads the clock, so a page of finished jobs costs nothing per tick.
 *
 * One memo gives both texts (every row of a table has one, so its cost is per row): a tick or a poll that
 * leaves both texts as they were notifies nothing, and a text that did not change is not written.
 */
export function TimesCell(props: TimesCellProps): JSX.Element {
  const times = createMemo<Times>(
    () => {
      if (props.job.started_at === undefined) return null;
      const status = props.job.status;
      const at = status === 'queued' || status === 'running' ? props.now() : 0;
      const waited = queueSeconds(props.job, at);
      const ran = runSeconds(props.job, at);
      if (waited === null && ran === null) return null;
      return { waited: formatWait(waited, status === 'queued'), ran: formatDuration(ran) };
    },
    null,
    { equals: sameTimes },
  );
  return (
    <td class="jobs-cell jobs-cell--times">
      {times() ? (
        <>
          <span class="jobs-times__line">
            <span class="jobs-times__label">Waited</span> {times()?.waited}
          </span>
          <span class="jobs-times__line">
            <span class="jobs-times__label">Ran</span> {times()?.ran}
          </span>
        </>
      ) : (
        <span class="jobs-muted">—</span>
      )}
    </td>
  );
}
