import { CutText, SafeText, formatDuration, jobTypeLabel, queueSeconds, runSeconds } from '@vpo-live/ui';
import type { JobDetail } from '@vpo-live/vpo-api';
import { Show, type JSX } from 'solid-js';
import { LocalTime } from './LocalTime.tsx';

export interface JobFieldsProps {
  job: JobDetail;
  /** Current time (epoch ms), so a queued job's wait and a running job's run time tick. */
  now: number;
}

/**
 * The job's fields as a description list. Every server string goes through SafeText / CutText (bidi controls
 * shown as markers, long values cut with "Show all"; paths cut in the middle); optional fields (output path)
 * appear as soon as the server sends them, even if they were empty at first render.
 *
 * @example <JobFields job={job} now={now()} />
 */
export function JobFields(props: JobFieldsProps): JSX.Element {
  // Two spans, never one "Duration" that adds the hours a job waited to the seconds it ran.
  const waited = () => queueSeconds(props.job, props.now);
  const ran = () => runSeconds(props.job, props.now);
  return (
    <dl class="job-detail__fields">
      <div data-field="job_type">
        <dt>Type</dt>
        <dd>
          <SafeText text={jobTypeLabel(props.job.job_type)} />
        </dd>
      </div>
      <div data-field="priority">
        <dt>Priority</dt>
        <dd>{props.job.priority}</dd>
      </div>
      <div data-field="file_path" class="job-detail__wide">
        <dt>Target</dt>
        <dd>
          <Show when={props.job.file_path} fallback={<span class="job-detail__missing">—</span>}>
            {(path) => (
              <code>
                <CutText text={path()} mode="middle" label="target path" />
              </code>
            )}
          </Show>
        </dd>
      </div>
      <div data-field="policy_name">
        <dt>Policy</dt>
        <dd>
          <CutText text={props.job.policy_name ?? '—'} label="policy" />
        </dd>
      </div>
      <div data-field="created_at">
        <dt>Created</dt>
        <dd>
          <LocalTime value={props.job.created_at} />
        </dd>
      </div>
      <div data-field="started_at">
        <dt>Started</dt>
        <dd>
          <LocalTime value={props.job.started_at} fallback="Not started" />
        </dd>
      </div>
      <div data-field="completed_at">
        <dt>Completed</dt>
        <dd>
          <LocalTime value={props.job.completed_at} fallback="—" />
        </dd>
      </div>
      <div data-field="queue_wait">
        <dt>Queue wait</dt>
        <dd>{formatDuration(waited())}</dd>
      </div>
      <div data-field="run_time">
        <dt>Run time</dt>
        <dd>{props.job.started_at ? formatDuration(ran()) : 'Not started'}</dd>
      </div>
      <Show when={props.job.output_path}>
        {(path) => (
          <div data-field="output_path" class="job-detail__wide">
            <dt>Output</dt>
            <dd>
              <code>
                <CutText text={path()} mode="middle" label="output path" />
              </code>
            </dd>
          </div>
        )}
      </Show>
      <div data-field="id" class="job-detail__wide">
        <dt>Job ID</dt>
        <dd>
          <code>
            <CutText text={props.job.id} label="job ID" />
          </code>
        </dd>
      </div>
    </dl>
  );
}
