import { For, Show, type JSX } from 'solid-js';
import { SafeText } from '@vpo-live/ui';
import { stateValuePath } from '../graph/activeStates.ts';
import type { StepMessage } from '@vpo-live/poller-debug';
import { describeEventDetail, describeEventType, formatClock } from './format.ts';

export interface EventLogProps {
  /** Oldest first, as recorded. */
  steps: readonly StepMessage[];
  /** Steps that fell out of the bounded log. */
  evicted: number;
  /** In a replay: the shown step's sequence number, and how to jump to another. */
  currentSeq?: number | null;
  onPick?: (seq: number) => void;
}

/**
 * The selected poller's events, newest first: time, event, what it carried (error, latency) and the state it
 * led to. In a replay each row is a button that shows that step, and the shown one is `aria-current`. An
 * event's detail may quote the server (an error message), so it is drawn through SafeText.
 */
export function EventLog(props: EventLogProps): JSX.Element {
  const newestFirst = () => [...props.steps].reverse();
  return (
    <Show when={props.steps.length > 0} fallback={<p class="sc-empty">No events recorded yet.</p>}>
      <ol class="sc-log" reversed aria-label="Events, newest first">
        <For each={newestFirst()}>
          {(step) => {
            const current = () => props.currentSeq === step.seq;
            const body = () => (
              <>
                <time class="sc-log-time" datetime={new Date(step.at).toISOString()}>
                  {formatClock(step.at)}
                </time>
                <span class="sc-log-event">{describeEventType(step.event.type)}</span>
                <span class="sc-log-detail">
                  <SafeText text={describeEventDetail(step)} />
                </span>
                <span class="sc-log-state">→ {stateValuePath(step.value) || step.status}</span>
              </>
            );
            return (
              <li
                class="sc-log-row"
                classList={{ 'is-current': current() }}
                aria-current={current() ? 'step' : undefined}
                data-seq={step.seq}
              >
                <Show when={props.onPick} fallback={<div class="sc-log-line">{body()}</div>}>
                  {(pick) => (
                    <button type="button" class="sc-log-line" onClick={() => pick()(step.seq)}>
                      {body()}
                    </button>
                  )}
                </Show>
              </li>
            );
          }}
        </For>
      </ol>
      <Show when={props.evicted > 0}>
        <p class="sc-note">
          {props.evicted} older events were dropped (the log keeps the last {props.steps.length}).
        </p>
      </Show>
    </Show>
  );
}
