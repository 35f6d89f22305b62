import type { JSX } from 'solid-js';

export interface JobErrorProps {
  message: string;
}

/**
 * The job's error message, as text.
 *
 * @example <JobError message={job.error_message} />
 */
export function JobError(props: JobErrorProps): JSX.Element {
  return (
    <section class="job-detail__error" aria-labelledby="job-detail-error-title">
      <h3 id="job-detail-error-title">Error</h3>
      <p>{props.message}</p>
    </section>
  );
}
