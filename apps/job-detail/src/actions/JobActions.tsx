import { ConfirmButton } from '@vpo-live/ui';
import {
  canAct,
  JOB_ACTIONS,
  sendJobAction,
  type ActionResult,
  type JobAction,
  type JobActionsAccess,
  type JobDetail,
} from '@vpo-live/vpo-api';
import { For, Show, createSignal, type JSX } from 'solid-js';
import { jobName } from '../job/jobName.ts';

export interface JobActionsProps {
  job: JobDetail;
  /** The page's CSRF token (`readJobActions`); without it the page offers no action. */
  access: JobActionsAccess;
  apiBase: string;
  /** After a change: fetch the job at once rather than at the next interval. */
  onChanged: () => void;
  /** Says the result politely (the page's live region). */
  announce: (message: string) => void;
  /** After the server did it (the page says "Job deleted" rather than "no longer exists"). */
  onDone?: (action: JobAction) => void;
  /** Injected fetch (tests). */
  fetch?: typeof globalThis.fetch;
}

/** The words of each action: button, question (naming the job), busy text and what to announce. */
const WORDS: Record<
  JobAction,
  { label: string; pending: string; done: string; ask: (name: string) => string }
> = {
  cancel: {
    label: 'Cancel job',
    pending: 'Cancelling…',
    done: 'Job cancelled.',
    ask: (name) => `Cancel ${name}? A running job stops within a second.`,
  },
  retry: {
    label: 'Retry',
    pending: 'Retrying…',
    done: 'Job queued again.',
    ask: (name) => `Run ${name} again from the start?`,
  },
  delete: {
    label: 'Delete',
    pending: 'Deleting…',
    done: 'Job deleted.',
    ask: (name) => `Delete ${name} and its log? This cannot be undone.`,
  },
};

/**
 * Cancel (queued or running), Retry (failed or cancelled) and Delete (not running) for one job, each confirmed
 * in place with the job named, busy while it runs, the result announced, the page refreshed at once, and a
 * refusal shown beside the buttons in the server's words.
 */
export function JobActions(props: JobActionsProps): JSX.Element {
  const [error, setError] = createSignal<string | null>(null);
  const name = () => jobName(props.job);
  const run = async (action: JobAction) => {
    setError(null);
    const result: ActionResult = await sendJobAction({
      action,
      id: props.job.id,
      csrfToken: props.access.csrfToken,
      apiBase: props.apiBase,
      ...(props.fetch ? { fetch: props.fetch } : {}),
    });
    if (result.ok) {
      props.announce(WORDS[action].done);
      props.onDone?.(action);
    } else setError(`Could not ${action} this job: ${result.message}`);
    // Whatever the answer, the page shows the job as it is now (a refusal often means it just changed).
    props.onChanged();
  };
  const offered = () => JOB_ACTIONS.filter((action) => canAct(action, props.job.status));
  return (
    <Show when={offered().length > 0 || error() !== null}>
      <div class="job-actions" role="group" aria-label="Job actions">
        <For each={offered()}>
          {(action) => (
            <ConfirmButton
              label={WORDS[action].label}
              question={WORDS[action].ask(name())}
              pendingLabel={WORDS[action].pending}
              onConfirm={() => run(action)}
              danger={action !== 'retry'}
            />
          )}
        </For>
        <Show when={error()}>
          {(message) => (
            <p class="job-actions__error" role="alert">
              {message()}
            </p>
          )}
        </Show>
      </div>
    </Show>
  );
}
