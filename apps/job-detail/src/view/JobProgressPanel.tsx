import { ProgressBar, progressTone } from '@vpo-live/ui';
import type { JobDetail } from '@vpo-live/vpo-api';
import { Show, type JSX } from 'solid-js';
import { etaText } from '../job/etaText.ts';
import { progressModel } from '../job/progressModel.ts';
import type { RateEstimate } from '../job/rateEstimate.ts';

export interface JobProgressPanelProps {
  job: JobDetail;
  /** The observed rate and time left of a running job, once stable (see createRateEstimate). */
  estimate?: RateEstimate | null;
}

/**
 * "Processing X of Y files", a progress bar (role=progressbar; no aria-valuenow while indeterminate) and, once
 * the observed rate is stable, "about 3 min left · 42 files/s".
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
          <Show when={props.estimate}>
            {(estimate) => (
              // Not a live region: it changes every second; the operator reads it when looking.
              <p
                class="job-detail__eta"
                data-testid="eta"
                // The unrounded estimate, for measuring it against the real end.
                data-seconds={Math.round(estimate().remainingSeconds)}
              >
                {etaText(estimate())}
              </p>
            )}
          </Show>
        </section>
      )}
    </Show>
  );
}
