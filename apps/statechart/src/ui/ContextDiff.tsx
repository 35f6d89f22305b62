import { For, Show, type JSX } from 'solid-js';
import { CutText } from '@vpo-live/ui';
import type { StepMessage } from '@vpo-live/poller-debug';
import { stateValuePath } from '../graph/activeStates.ts';
import { diffContext } from '../timeline/diffContext.ts';
import { describeEventType, describeResource, formatClock } from './format.ts';

export interface ContextDiffProps {
  /** The selected event's step, and the one before it (null for the first recorded). */
  step: StepMessage | null;
  previous: StepMessage | null;
}

const CHANGE_TEXT = { added: 'added', removed: 'removed', changed: 'changed', same: '' } as const;

/**
 * The machine context before and after the selected event, as a diff: changed, added and removed fields first
 * (marked, not by colour alone), then the rest. Values may quote the server (an error message), so they go
 * through CutText.
 */
export function ContextDiff(props: ContextDiffProps): JSX.Element {
  return (
    <Show
      when={props.step}
      fallback={
        <p class="sc-empty">
          Select an event (a tick on the timeline, or a row of the event log) to see what it changed.
        </p>
      }
    >
      {(step) => (
        <section class="sc-diff" aria-label="What the event changed">
          <p class="sc-step-caption">
            <strong>{describeEventType(step().event.type)}</strong> at {formatClock(step().at)} ·{' '}
            {describeResource(step().source.resource).label} ·{' '}
            {props.previous ? stateValuePath(props.previous.value) : 'start'} → {stateValuePath(step().value)}
          </p>
          <table class="sc-diff-table">
            <thead>
              <tr>
                <th scope="col">field</th>
                <th scope="col">before</th>
                <th scope="col">after</th>
              </tr>
            </thead>
            <tbody>
              <For each={diffContext(props.previous?.context ?? null, step().context)}>
                {(row) => (
                  <tr
                    class={`sc-diff-row sc-diff-row--${row.change}`}
                    data-change={row.change}
                    data-key={row.key}
                  >
                    <th scope="row">
                      {row.key}
                      <Show when={CHANGE_TEXT[row.change]}>
                        <span class="sc-diff-mark"> ({CHANGE_TEXT[row.change]})</span>
                      </Show>
                    </th>
                    <td class="sc-diff-before">
                      <CutText text={row.before ?? '—'} label={`${row.key} before`} />
                    </td>
                    <td class="sc-diff-after">
                      <CutText text={row.after ?? '—'} label={`${row.key} after`} />
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </section>
      )}
    </Show>
  );
}
