import { isJobId } from '@vpo-live/vpo-api';
import { Show, type JSX } from 'solid-js';
import { LiveJob, type LiveJobProps } from './LiveJob.tsx';
import { Notice } from './Notice.tsx';

export type JobDetailProps = LiveJobProps;

/**
 * The Job detail page. A malformed id never reaches the network: it gets a message and no polling.
 *
 * @example <JobDetail jobId={id} api={createJobsClient()} settings={settings} jobsPath="/jobs" />
 */
export function JobDetail(props: JobDetailProps): JSX.Element {
  return (
    <div class="vpo-mfe job-detail">
      <Show
        when={isJobId(props.jobId)}
        fallback={
          <Notice title="This is not a valid job id" backHref={props.jobsPath}>
            <p>
              Job ids look like <code>3f2a9c1e-5b7d-4e8a-9c0f-1a2b3c4d5e6f</code>. Check the address and try
              again.
            </p>
          </Notice>
        }
      >
        <LiveJob {...props} />
      </Show>
    </div>
  );
}
