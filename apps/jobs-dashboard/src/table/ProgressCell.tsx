import { createMemo, untrack, type JSX } from 'solid-js';
import { ProgressBar, jobProgress, progressTone, shortId, type ProgressFields } from '@vpo-live/ui';

export interface ProgressCellProps {
  job: ProgressFields & { id: string };
}

/**
 * Progress of one job: a bar with a percentage, an indeterminate bar for running jobs that report no
 * progress, nothing for queued ones. The bar element is kept while its value changes, so a poll only
 * rewrites its `aria-valuenow`, width and text. Its branches are a condition rather than a `<Show>`, as in
 * the row's other cells (see JobRow).
 */
export function ProgressCell(props: ProgressCellProps): JSX.Element {
  const progress = createMemo(() => jobProgress(props.job));
  // A row's job id never changes (the table is keyed by it).
  const label = `Progress of job ${shortId(untrack(() => props.job.id))}`;
  const value = () => {
    const current = progress();
    return current.kind === 'determinate' ? current.percent : null;
  };
  return (
    <td class="jobs-cell jobs-cell--progress">
      {progress().kind !== 'none' ? (
        <ProgressBar value={value()} tone={progressTone(props.job.status)} label={label} />
      ) : (
        <span class="jobs-muted">—</span>
      )}
    </td>
  );
}
