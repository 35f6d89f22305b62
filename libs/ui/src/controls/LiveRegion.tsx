import type { JSX } from 'solid-js';

export interface LiveRegionProps {
  /** The latest announcement; screen readers read it when it changes. Empty for silence. */
  message: string;
}

/**
 * A visually hidden polite live region (`aria-live="polite"`, no `role="status"` so it never competes with
 * the connection indicator). Callers batch what they announce — one message per poll at most.
 *
 * @example <LiveRegion message={announcement()} />
 */
export function LiveRegion(props: LiveRegionProps): JSX.Element {
  return (
    <div class="vpo-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="live-region">
      {props.message}
    </div>
  );
}
