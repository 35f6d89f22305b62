import { ConfirmButton } from '@vpo-live/ui';
import { canAct, type JobAction, type JobActionsAccess, type JobListItem } from '@vpo-live/vpo-api';
import { For, Show, createSignal, type JSX } from 'solid-js';
import { bulkSummary, type BulkSummary } from './bulkSummary.ts';
import type { Selection } from './createSelection.ts';
import { runBulkAction } from './runBulkAction.ts';

export interface BulkActionsProps {
  /** The rows on the page (the selection is acted on only where it meets them). */
  jobs: readonly JobListItem[];
  selection: Selection;
  access: JobActionsAccess;
  apiBase: string;
  /** After the action: fetch the list at once. */
  onChanged: () => void;
  /** Says the summary politely (the page's live region). */
  announce: (message: string) => void;
  /** Injected fetch (tests). */
  fetch?: typeof globalThis.fetch;
}

const jobs = (n: number) => (n === 1 ? '1 job' : `${n} jobs`);

/** The bulk actions and their words: what each applies to is `canAct`'s rule, job by job. */
const BULK: readonly {
  action: JobAction;
  label: (n: number) => string;
  ask: (n: number) => string;
  pending: string;
}[] = [
  {
    action: 'cancel',
    label: (n) => `Cancel ${jobs(n)}`,
    ask: (n) => `Cancel ${jobs(n)}? Running ones stop within a second.`,
    pending: 'Cancelling…',
  },
  {
    action: 'retry',
    label: (n) => `Retry ${jobs(n)}`,
    ask: (n) => `Run ${jobs(n)} again from the start?`,
    pending: 'Retrying…',
  },
];

/**
 * The bar for the selected rows: how many are selected, "Cancel N jobs" for the queued and running ones and
 * "Retry N jobs" for the failed and cancelled ones (each confirmed in place), and afterwards a summary of what
 * happened to each job that was not changed.
 */
export function BulkActions(props: BulkActionsProps): JSX.Element {
  const [summary, setSummary] = createSignal<BulkSummary | null>(null);
  const selected = () => props.jobs.filter((job) => props.selection.has(job.id));
  const applicable = (action: JobAction) =>
    selected()
      .filter((job) => canAct(action, job.status))
      .map((job) => job.id);
  const run = async (action: JobAction) => {
    const targets = applicable(action);
    const outcomes = await runBulkAction(action, targets, {
      csrfToken: props.access.csrfToken,
      apiBase: props.apiBase,
      ...(props.fetch ? { fetch: props.fetch } : {}),
    });
    const result = bulkSummary(action, outcomes, targets.length);
    setSummary(result);
    props.announce(result.headline);
    props.selection.clear();
    props.onChanged();
  };
  return (
    <Show when={selected().length > 0 || summary() !== null}>
      <div class="jobs-bulk" role="group" aria-label="Selected jobs">
        <Show when={selected().length > 0}>
          <span class="jobs-bulk__count">{selected().length} selected</span>
          <For each={BULK}>
            {(bulk) => (
              <Show when={applicable(bulk.action).length}>
                {(count) => (
                  <ConfirmButton
                    label={bulk.label(count())}
                    question={bulk.ask(count())}
                    pendingLabel={bulk.pending}
                    onConfirm={() => run(bulk.action)}
                    danger={bulk.action === 'cancel'}
                  />
                )}
              </Show>
            )}
          </For>
          <button type="button" class="vpo-button" on:click={() => props.selection.clear()}>
            Clear selection
          </button>
        </Show>
        <Show when={summary()}>
          {(result) => (
            <div class="jobs-bulk__summary">
              <p>{result().headline}</p>
              <Show when={result().failures.length > 0}>
                <ul>
                  <For each={result().failures}>{(line) => <li>{line}</li>}</For>
                </ul>
              </Show>
              <button type="button" class="vpo-button" on:click={() => setSummary(null)}>
                Dismiss
              </button>
            </div>
          )}
        </Show>
      </div>
    </Show>
  );
}
