import type { JSX } from 'solid-js';
import type { PollError } from '@vpo-live/poller';
import { CutText } from '@vpo-live/ui';

export interface LoadErrorProps {
  error: PollError | null;
  onRetry: () => void;
}

function describe(error: PollError | null): string {
  switch (error?.kind) {
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
 * indicator). A 401 is not one of these: polling stops then, and the dashboard shows `AccessRefused`. The
 * technical detail is rendered as text (bidi controls as markers, cut when long).
 */
export function LoadError(props: LoadErrorProps): JSX.Element {
  return (
    <div class="jobs-error" role="alert">
      <p class="jobs-error__title">Jobs could not be loaded</p>
      <p class="jobs-error__hint">{describe(props.error)} The page keeps retrying by itself.</p>
      <p class="jobs-error__detail">
        <CutText text={props.error?.message ?? ''} />
      </p>
      <button type="button" class="vpo-button" onClick={() => props.onRetry()}>
        Try again
      </button>
    </div>
  );
}
