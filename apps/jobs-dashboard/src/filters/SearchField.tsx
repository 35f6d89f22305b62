import { createEffect, createSignal, on, onCleanup, type JSX } from 'solid-js';
import { JOB_LIST_LIMITS, normalizeSearch } from '@vpo-live/vpo-api';

const normalized = (value: string): string => normalizeSearch(value) ?? '';

/** Typing pauses this long before the search reaches the URL and the server. */
export const SEARCH_DEBOUNCE_MS = 300;

export interface SearchFieldProps {
  /** The committed search (from the URL). */
  value: string;
  onCommit: (value: string) => void;
}

/**
 * A debounced search box: keystrokes stay local until typing pauses (or Enter), so one search makes one
 * request and one history entry. When the committed value changes from outside (back/forward, "clear
 * filters"), the box follows it.
 */
export function SearchField(props: SearchFieldProps): JSX.Element {
  // Seeded once from the committed value; later outside changes are followed by the effect below.
  // eslint-disable-next-line solid/reactivity
  const [draft, setDraft] = createSignal(props.value);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const commit = () => {
    cancel();
    const next = normalized(draft());
    if (next !== props.value) props.onCommit(next);
  };
  createEffect(
    on(
      () => props.value,
      (value) => {
        if (normalized(draft()) !== value) {
          cancel();
          setDraft(value);
        }
      },
      { defer: true },
    ),
  );
  onCleanup(cancel);

  return (
    <div class="jobs-filter jobs-filter--search">
      <label for="jobs-filter-search">Search path</label>
      <input
        id="jobs-filter-search"
        type="search"
        placeholder="Part of a file path"
        maxLength={JOB_LIST_LIMITS.maxSearchLength}
        autocomplete="off"
        value={draft()}
        onInput={(event) => {
          setDraft(event.currentTarget.value);
          cancel();
          timer = setTimeout(commit, SEARCH_DEBOUNCE_MS);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
      />
    </div>
  );
}
