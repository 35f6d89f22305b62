import { CutText } from '@vpo-live/ui';
import type { JSX } from 'solid-js';

export interface JobErrorProps {
  message: string;
}

/**
 * The job's error message, as text: bidi controls shown as markers, a long message cut with "Show all".
 *
 * @example <JobError message={job.error_message} />
 */
export function JobError(props: JobErrorProps): JSX.Element {
  return (
    <section class="job-detail__error" aria-labelledby="job-detail-error-title">
      <h3 id="job-detail-error-title">Error</h3>
      <p>
        <CutText text={props.message} label="error message" />
      </p>
    </section>
  );
}
