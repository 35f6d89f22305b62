import { Show, type JSX } from 'solid-js';
import type { NotifyChoice } from './createNotifyChoice.ts';

export interface NotifyButtonProps {
  choice: NotifyChoice;
}

/**
 * "Notify me": a toggle button (`aria-pressed`) for a desktop notification when the job completes or fails
 * while the tab is hidden, and a note when the browser refuses. Nothing at all where the browser has no
 * Notification API.
 *
 * @example <NotifyButton choice={createNotifyChoice(browserNotifications())} />
 */
export function NotifyButton(props: NotifyButtonProps): JSX.Element {
  return (
    <Show when={props.choice.supported}>
      <span class="job-detail__notify">
        <button
          type="button"
          class="vpo-button"
          aria-pressed={props.choice.armed() ? 'true' : 'false'}
          title="A desktop notification when this job completes or fails while the tab is in the background"
          on:click={() => void props.choice.toggle()}
        >
          <Show when={props.choice.armed()}>
            <span aria-hidden="true">✓</span>
          </Show>
          Notify me
        </button>
        <span class="job-detail__notify-note" aria-live="polite">
          {props.choice.note()}
        </span>
      </span>
    </Show>
  );
}
