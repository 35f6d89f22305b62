import { ProgressBar, progressTone } from '@vpo-live/ui';
import type { JobDetail } from '@vpo-live/vpo-api';
import { Show, type JSX } from 'solid-js';
import { progressModel } from '../job/progressModel.ts';

export interface JobProgressPanelProps {
  job: JobDetail;
}

/**
 * "Processing X of Y files" and a progress bar (role=progressbar; no aria-valuenow while indeterminate).
 * The section appears as soon as the job has something to report.
 *
 * @example <JobProgressPanel job={job} />
 */
export function JobProgressPanel(props: JobProgressPanelProps): JSX.Element {
  const model = () => progressModel(props.job);
  return (
    <Show when={model()}>
      {(m) => (
        <section class="job-detail__progress" aria-label="Progress">
          <Show when={m().text}>
            <p class="job-detail__progress-text" data-testid="progress-text">
              {m().text}
            </p>
          </Show>
          <Show when={m().bar}>
            <ProgressBar label="Job progress" value={m().percent} tone={progressTone(props.job.status)} />
          </Show>
        </section>
      )}
    </Show>
  );
}
