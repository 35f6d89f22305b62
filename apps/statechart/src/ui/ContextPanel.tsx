import { For, Show, type JSX } from 'solid-js';
import { CutText } from '@vpo-live/ui';
import { stateValuePath } from '../graph/activeStates.ts';
import type { StepMessage } from '@vpo-live/poller-debug';
import type { JsonValue } from '@vpo-live/poller-debug';
import { describeError, describeEventType, formatClock, formatDuration } from './format.ts';

export interface ContextPanelProps {
  step: StepMessage | null;
}

const num = (value: JsonValue | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

const list = (value: JsonValue | undefined): string =>
  Array.isArray(value) && value.length > 0 ? value.map(String).join(', ') : 'none';

/**
 * The shown step's machine context as a description list: error count, current delay, next poll and last
 * update times, last error, and why the poller is paused or stopped. Each value carries `data-field` so
 * tests and users can find it; everything is inserted as text, through CutText: an error message carries the
 * server's words, so bidi controls show as markers and a long one is cut with "Show all".
 */
export function ContextPanel(props: ContextPanelProps): JSX.Element {
  const rows = (): Array<{ field: string; label: string; value: string }> => {
    const step = props.step;
    if (!step) return [];
    const context = step.context;
    const delay = num(context.delayMs);
    const next = num(context.nextPollAt);
    const updated = num(context.lastUpdatedAt);
    // The poller tags the states that wait for a timer `scheduled`; elsewhere nextPollAt is a stale value.
    const scheduled = step.tags.includes('scheduled');
    return [
      { field: 'state', label: 'State', value: stateValuePath(step.value) || 'unknown' },
      { field: 'status', label: 'Machine status', value: step.status },
      {
        field: 'role',
        label: 'Among tabs',
        // Shared between the browser's tabs: `leader` fetches for all, a `follower` takes its answers.
        value: String(context.role ?? 'alone'),
      },
      { field: 'key', label: 'Resource key', value: String(context.key ?? '') || '—' },
      { field: 'fetching', label: 'Request in flight', value: step.tags.includes('fetching') ? 'yes' : 'no' },
      { field: 'errorCount', label: 'Error count', value: String(num(context.errorCount) ?? '—') },
      { field: 'currentDelay', label: 'Current delay', value: delay === null ? '—' : formatDuration(delay) },
      {
        field: 'nextPollAt',
        label: 'Next poll at',
        value:
          next === null || !scheduled
            ? 'not scheduled'
            : `${formatClock(next)} (in ${formatDuration(Math.max(0, next - step.at))})`,
      },
      {
        field: 'lastUpdatedAt',
        label: 'Last updated at',
        value: updated === null ? 'never' : formatClock(updated),
      },
      { field: 'lastError', label: 'Last error', value: describeError(context.error) ?? 'none' },
      { field: 'pauseReasons', label: 'Pause reasons', value: list(context.pauseReasons) },
      { field: 'terminalReason', label: 'Terminal reason', value: String(context.terminalReason ?? 'none') },
      { field: 'resumeTo', label: 'Resumes in', value: String(context.resumeTo ?? '—') },
      {
        field: 'interval',
        label: 'Interval',
        value: num(context.interval) === null ? '—' : formatDuration(num(context.interval) ?? 0),
      },
      { field: 'data', label: 'Data', value: String(context.data ?? 'none') },
    ];
  };

  return (
    <Show when={props.step} fallback={<p class="sc-empty">Select a poller to see its context.</p>}>
      {(step) => (
        <>
          <p class="sc-step-caption">
            After <strong>{describeEventType(step().event.type)}</strong> at {formatClock(step().at)}
          </p>
          <dl class="sc-context">
            <For each={rows()}>
              {(row) => (
                <>
                  <dt>{row.label}</dt>
                  <dd data-field={row.field}>
                    <CutText text={row.value} label={row.label} />
                  </dd>
                </>
              )}
            </For>
          </dl>
        </>
      )}
    </Show>
  );
}
