import { For, Show, createMemo, type JSX } from 'solid-js';
import { SafeText } from '@vpo-live/ui';
import { stateValuePath } from '../graph/activeStates.ts';
import type { PollerEntry } from '../live/createPollerRegistry.ts';
import { describeResource } from './format.ts';

export interface PollerListProps {
  pollers: readonly PollerEntry[];
  selectedId: string | null;
  onSelect: (pollerId: string) => void;
  /** Shown when the list is empty. */
  emptyText: string;
  /** Word for a poller still running (`live`, or `running at end` in a replay). */
  liveText?: string;
}

function goneText(entry: PollerEntry): string {
  return entry.goneReason === 'disposed' ? 'gone (disposed)' : 'gone (no heartbeat)';
}

/**
 * Every poller, one button each: what it polls, on which page, its current state and whether it is live.
 * The selected one is `aria-pressed`; gone ones say so in words, not only by their look. Names and pages come
 * from other tabs' messages (a job id, a page path), so they are drawn through SafeText.
 */
export function PollerList(props: PollerListProps): JSX.Element {
  // Keyed by poller id, not by entry object: the registry hands out fresh entries on every change, and
  // re-creating the buttons each heartbeat would drop keyboard focus.
  const byId = createMemo(() => new Map(props.pollers.map((entry) => [entry.source.pollerId, entry])));
  const ids = createMemo(() => props.pollers.map((entry) => entry.source.pollerId), undefined, {
    equals: (a, b) => a.length === b.length && a.every((id, i) => id === b[i]),
  });
  return (
    <Show when={props.pollers.length > 0} fallback={<p class="sc-empty">{props.emptyText}</p>}>
      <ul class="sc-pollers">
        <For each={ids()}>
          {(id) => {
            const entry = () => byId().get(id) as PollerEntry;
            const resource = () => describeResource(entry().source.resource);
            const state = () => stateValuePath(entry().latest?.value) || 'unknown';
            return (
              <li>
                <button
                  type="button"
                  class="sc-poller"
                  classList={{ 'is-gone': entry().status === 'gone' }}
                  aria-pressed={props.selectedId === id}
                  data-poller-id={id}
                  data-resource={entry().source.resource}
                  data-status={entry().status}
                  data-state={state()}
                  onClick={() => props.onSelect(id)}
                >
                  <span class="sc-poller-name">
                    <SafeText text={resource().label} />
                    <span class="sc-poller-kind"> ({resource().kind})</span>
                  </span>
                  <span class="sc-poller-page">
                    <SafeText text={entry().source.page || '(no page)'} />
                  </span>
                  <span class="sc-poller-state">
                    <span class="sc-poller-status">
                      {entry().status === 'live' ? (props.liveText ?? 'live') : goneText(entry())}
                    </span>
                    {' · '}
                    {state()}
                  </span>
                </button>
              </li>
            );
          }}
        </For>
      </ul>
    </Show>
  );
}
