import { untrack, type Accessor, type JSX } from 'solid-js';
import type { JobListItem } from '@vpo-live/vpo-api';
import {
  RelativeTime,
  SafeText,
  StatusBadge,
  formatDuration,
  type RelativeClock,
  jobTypeLabel,
  revealBidiControls,
  shortId,
} from '@vpo-live/ui';
import type { Selection } from '../actions/createSelection.ts';
import { PathText } from './PathText.tsx';
import { ProgressCell } from './ProgressCell.tsx';
import { TimesCell } from './TimesCell.tsx';

const CREATED_FORMAT = { precision: 'minutes' } as const;

export interface JobRowProps {
  /** A store proxy: each cell reads only the fields it shows, so a poll rewrites only changed cells. */
  job: JobListItem;
  /** The page's clock for "3 min ago" (read once: a row keeps its clock). */
  clock: RelativeClock;
  /** The page's one-second clock, for the waited and ran times of queued and running jobs. */
  now: Accessor<number>;
  /** Where the job's detail page is, e.g. `/jobs/<id>`. */
  detailHref: (id: string) => string;
  /** When the page offers bulk actions: the selection this row's checkbox writes. */
  selection?: Selection | undefined;
  /** The ids on the page in order, for Shift-click ranges. */
  pageIds?: () => readonly string[];
}

/**
 * One `<tr data-job-id>`. Every value is inserted as text (Solid never parses strings as HTML), so file
 * paths and other server strings cannot inject markup; and drawn through SafeText / CutText, so a bidi control
 * shows as a marker instead of reversing a name (also in `title`s), and a very long path is cut in the middle
 * with a "Show all" toggle.
 *
 * A poll that adds a job builds one of these, and its cost is the sum of its bindings: the optional parts are
 * conditions in the markup (a memo and an insert) rather than `<Show>`s (three memos and an insert each).
 */
export function JobRow(props: JobRowProps): JSX.Element {
  // The table is keyed by job id, so a row's id (and its link) never changes: written once, not tracked.
  const id = untrack(() => props.job.id);
  const href = untrack(() => props.detailHref(id));
  const label = shortId(id);
  const clock = untrack(() => props.clock);
  return (
    <tr class="jobs-row" data-job-id={id}>
      {props.selection ? (
        <td class="jobs-cell jobs-cell--select">
          <input
            type="checkbox"
            aria-label={`Select job ${label}`}
            checked={props.selection?.has(id)}
            on:click={(event: MouseEvent) =>
              props.selection?.toggle(id, props.pageIds?.() ?? [id], event.shiftKey)
            }
          />
        </td>
      ) : null}
      <td class="jobs-cell jobs-cell--id">
        <a href={href} title={revealBidiControls(id)}>
          <SafeText text={label} />
        </a>
      </td>
      <td class="jobs-cell jobs-cell--type">
        <SafeText text={jobTypeLabel(props.job.job_type)} />
      </td>
      <td class="jobs-cell jobs-cell--status">
        <StatusBadge status={props.job.status} />
      </td>
      <td
        class="jobs-cell jobs-cell--path"
        title={props.job.file_path === null ? undefined : revealBidiControls(props.job.file_path)}
      >
        {props.job.file_path ? <PathText path={props.job.file_path} /> : '—'}
      </td>
      <ProgressCell job={props.job} />
      <td class="jobs-cell jobs-cell--created">
        <RelativeTime value={props.job.created_at} clock={clock} format={CREATED_FORMAT} />
      </td>
      <TimesCell job={props.job} now={props.now} />
      <td class="jobs-cell jobs-cell--duration">
        {/* A card on a phone has no column header to name it. */}
        <span class="jobs-total__label">Total </span>
        {formatDuration(props.job.duration_seconds)}
      </td>
    </tr>
  );
}
