import type { JSX } from 'solid-js';
import type { PollError } from '@vpo-live/poller';

export interface LoadErrorProps {
  error: PollError | null;
  onRetry: () => void;
}

function describe(error: PollError | null): string {
  switch (error?.kind) {
    case 'unauthorized':
      return 'The server asked for credentials. Sign in again, then retry.';
    case 'rate-limited':
      return 'The server is busy and asked us to wait before asking again.';
    case 'network':
    case 'timeout':
      return 'The server could not be reached.';
    case 'parse':
    case 'shape':
      return 'The server sent a response this page does not understand.';
    default:
      return 'The server answered with an error.';
  }
}

/**
 * Shown when the very first load fails (later failures keep the table and only change the connection
 * indicator). The technical detail is rendered as text.
 */
export function LoadError(props: LoadErrorProps): JSX.Element {
  return (
    <div class="jobs-error" role="alert">
      <p class="jobs-error__title">Jobs could not be loaded</p>
      <p class="jobs-error__hint">{describe(props.error)} The page keeps retrying by itself.</p>
      <p class="jobs-error__detail">{props.error?.message ?? ''}</p>
      <button type="button" class="vpo-button" onClick={() => props.onRetry()}>
        Try again
      </button>
    </div>
  );
}
