import { Match, Switch, type JSX } from 'solid-js';

export interface EmptyStateProps {
  /** Filters narrowed the list to nothing. */
  filtered: boolean;
  /** The page is past the end (jobs were deleted since the link was made). */
  pastEnd: boolean;
  onClearFilters: () => void;
  onFirstPage: () => void;
}

/** What to show when the table would be empty; the text depends on why. */
export function EmptyState(props: EmptyStateProps): JSX.Element {
  return (
    <div class="jobs-empty">
      <Switch>
        <Match when={props.pastEnd}>
          <p class="jobs-empty__title">This page has no jobs</p>
          <p class="jobs-empty__hint">Jobs may have been removed since this link was made.</p>
          <button type="button" class="vpo-button" onClick={() => props.onFirstPage()}>
            Go to the first page
          </button>
        </Match>
        <Match when={props.filtered}>
          <p class="jobs-empty__title">No jobs match these filters</p>
          <p class="jobs-empty__hint">Try a wider time range or another status, or clear the filters.</p>
          <button type="button" class="vpo-button" onClick={() => props.onClearFilters()}>
            Clear filters
          </button>
        </Match>
        <Match when={true}>
          <p class="jobs-empty__title">No jobs yet</p>
          <p class="jobs-empty__hint">
            Jobs appear here as soon as a scan, apply, transcode, move, process or prune job is queued. This
            list updates by itself.
          </p>
        </Match>
      </Switch>
    </div>
  );
}
