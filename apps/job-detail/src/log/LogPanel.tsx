import { Show, createSignal, type Accessor, type JSX } from 'solid-js';
import type { LogView } from './createLogTail.ts';
import type { LogResetReason } from './logCursor.ts';
import { LogViewport } from './LogViewport.tsx';

export interface LogPanelProps {
  /** The log as last read; undefined until its first page has been read. */
  view: Accessor<LogView | undefined>;
}

const RESET_TEXT: Record<LogResetReason, string> = {
  shrunk:
    'The log file got shorter on the server (rotated or compressed), so it was reloaded from the start.',
  rewritten: 'The log file was replaced on the server, so it was reloaded from the start.',
};

/**
 * The log section: line count, an explicit Follow toggle (auto-scroll only while it is on; scrolling up
 * turns it off), "Jump to latest", a note when the log had to be reloaded, and the virtualized lines.
 *
 * @example <LogPanel view={() => logPoller.getSnapshot().data} />
 */
export function LogPanel(props: LogPanelProps): JSX.Element {
  const [following, setFollowing] = createSignal(true);
  const count = () => props.view()?.count ?? 0;
  return (
    <section class="job-log" aria-labelledby="job-log-title">
      <div class="job-log__toolbar">
        <h3 id="job-log-title">Log</h3>
        <span class="job-log__count" data-testid="log-count">
          {count().toLocaleString('en-US')} {count() === 1 ? 'line' : 'lines'}
        </span>
        <span class="job-log__spacer" />
        <label class="job-log__follow">
          <input
            type="checkbox"
            checked={following()}
            onChange={(event) => setFollowing(event.currentTarget.checked)}
          />
          Follow
        </label>
        <button
          type="button"
          class="vpo-button job-log__latest"
          disabled={following()}
          onClick={() => setFollowing(true)}
        >
          Jump to latest
        </button>
      </div>
      <Show when={props.view()?.reset}>
        {(reason) => <p class="job-log__note">{RESET_TEXT[reason()]}</p>}
      </Show>
      <Show when={count() === 0}>
        <p class="job-log__empty">{props.view() === undefined ? 'Loading the log…' : 'No log lines yet.'}</p>
      </Show>
      <LogViewport view={props.view} following={following} onScrollUp={() => setFollowing(false)} />
    </section>
  );
}
