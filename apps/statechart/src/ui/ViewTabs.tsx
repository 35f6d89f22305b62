import { For, type JSX } from 'solid-js';

/** The page's two views. */
export type ViewName = 'chart' | 'timeline';

const VIEWS: readonly { name: ViewName; label: string }[] = [
  { name: 'chart', label: 'State chart' },
  { name: 'timeline', label: 'Timeline' },
];

/** Switches between the chart of one poller and the timeline of all (toggle buttons, `aria-pressed`). */
export function ViewTabs(props: { view: ViewName; onChange: (view: ViewName) => void }): JSX.Element {
  return (
    <div class="sc-views" role="group" aria-label="View">
      <For each={VIEWS}>
        {(item) => (
          <button
            type="button"
            class="sc-view-button"
            aria-pressed={props.view === item.name}
            // Only the shown view is in the page, and aria-controls must name an element that is.
            aria-controls={props.view === item.name ? `sc-view-${item.name}` : undefined}
            onClick={() => props.onChange(item.name)}
          >
            {item.label}
          </button>
        )}
      </For>
    </div>
  );
}
