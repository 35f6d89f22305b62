import { CutText, SafeText } from '@vpo-live/ui';
import type { JobDetail } from '@vpo-live/vpo-api';
import { For, Show, type JSX } from 'solid-js';
import { summaryEntries } from '../job/summaryEntries.ts';

export interface JobSummaryProps {
  job: JobDetail;
}

/**
 * The job's summary text and its `summary_raw` figures for the job type (unknown keys as plain text). The
 * section appears when either arrives — typically when the job finishes.
 *
 * @example <JobSummary job={job} />
 */
export function JobSummary(props: JobSummaryProps): JSX.Element {
  const entries = () => summaryEntries(props.job.job_type, props.job.summary_raw);
  return (
    <Show when={props.job.summary || entries().length > 0}>
      <section class="job-detail__summary" aria-labelledby="job-detail-summary-title">
        <h3 id="job-detail-summary-title">Summary</h3>
        <Show when={props.job.summary}>
          {(summary) => (
            <p class="job-detail__summary-text">
              <CutText text={summary()} label="summary" />
            </p>
          )}
        </Show>
        <Show when={entries().length > 0}>
          <dl class="job-detail__figures">
            <For each={entries()}>
              {(entry) => (
                <div data-key={entry.key}>
                  <dt>
                    <SafeText text={entry.label} />
                  </dt>
                  <dd>
                    <CutText text={entry.value} mode={entry.path ? 'middle' : 'end'} label={entry.label} />
                  </dd>
                </div>
              )}
            </For>
          </dl>
        </Show>
      </section>
    </Show>
  );
}
