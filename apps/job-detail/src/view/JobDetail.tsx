import type { PollerEnv, PollingConfig } from '@vpo-live/poller';
import { isJobId } from '@vpo-live/vpo-api';
import { Show, type JSX } from 'solid-js';
import type { JobDetailApi } from '../session/createJobDetailSession.ts';
import { LiveJob } from './LiveJob.tsx';
import { Notice } from './Notice.tsx';

export interface JobDetailProps {
  jobId: string;
  api: JobDetailApi;
  config: PollingConfig;
  env?: PollerEnv;
  /** The page's debug inspector callback, when poller debugging is on. */
  inspect?: (event: unknown) => void;
  /** The jobs list, for "Back to jobs" (default `/jobs`). */
  jobsHref?: string;
}

/**
 * The Job detail page. A malformed id never reaches the network: it gets a message and no polling.
 *
 * @example <JobDetail jobId={id} api={createJobsClient()} config={config} />
 */
export function JobDetail(props: JobDetailProps): JSX.Element {
  return (
    <div class="vpo-mfe job-detail">
      <Show
        when={isJobId(props.jobId)}
        fallback={
          <Notice title="This is not a valid job id" backHref={props.jobsHref ?? '/jobs'}>
            <p>
              Job ids look like <code>3f2a9c1e-5b7d-4e8a-9c0f-1a2b3c4d5e6f</code>. Check the address and try
              again.
            </p>
          </Notice>
        }
      >
        <LiveJob
          jobId={props.jobId}
          api={props.api}
          config={props.config}
          env={props.env}
          inspect={props.inspect}
          jobsHref={props.jobsHref ?? '/jobs'}
        />
      </Show>
    </div>
  );
}
