import { Show, type JSX } from 'solid-js';
import { CutText } from '../text/CutText.tsx';

export interface AccessRefusedProps {
  /** True when the last data received is still on screen (say so: it is not live any more). */
  keptData: boolean;
  /** The server's refusal as the client described it (shown as text, cut when long), if any. */
  detail?: string | null;
  /** Ask the server again now. */
  onRetry: () => void;
  /**
   * Log in: by default the page is loaded again, so the browser asks for the credentials (VPO's pages rely on
   * its Basic prompt) — a prompt the operator asked for, unlike one a background poll would wait on.
   */
  onLogin?: () => void;
}

/**
 * What a page says after a 401: the server refused access, updates stopped, the last data (if any) is still
 * shown, and how to get going again — "Try again", or coming back to the tab (the engine checks once then).
 * `role="alert"`: it appears when the refusal happens, and should be heard then.
 *
 * @example <Show when={snapshot().terminalReason === 'unauthorized'}><AccessRefused keptData onRetry={refresh} /></Show>
 */
export function AccessRefused(props: AccessRefusedProps): JSX.Element {
  return (
    <div class="vpo-refused" role="alert">
      <p class="vpo-refused__title">Not authorised</p>
      <p class="vpo-refused__text">
        The server wants a login (401), so live updates have stopped.
        {props.keptData ? ' What you see is the last data received.' : ''} Log in — the browser asks for the
        password — or try again once signed in; coming back to this tab also tries again.
      </p>
      <Show when={props.detail}>
        {(detail) => (
          <p class="vpo-refused__detail">
            <CutText text={detail()} />
          </p>
        )}
      </Show>
      <div class="vpo-refused__actions">
        <button
          type="button"
          class="vpo-button"
          on:click={() => (props.onLogin ? props.onLogin() : globalThis.location?.reload())}
        >
          Log in
        </button>
        <button type="button" class="vpo-button" on:click={() => props.onRetry()}>
          Try again
        </button>
      </div>
    </div>
  );
}
