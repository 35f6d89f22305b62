import { Show, type JSX } from 'solid-js';
import type { LogSearchModel } from './createLogSearch.ts';

export interface LogSearchBarProps {
  search: LogSearchModel;
  /** Receives the input, so `/` and Ctrl+F in the log can focus it. */
  inputRef: (input: HTMLInputElement) => void;
  /** Escape in the box: the search is cleared and focus goes back to the log. */
  onClose: () => void;
}

/**
 * The search box of the log: the text, "Match case" and "Regex" toggles, previous/next (Enter, Shift+Enter),
 * and "n of m" in a polite live region, so a screen reader hears "3 of 41" as the operator moves.
 */
export function LogSearchBar(props: LogSearchBarProps): JSX.Element {
  const status = (): string => {
    const compiled = props.search.compiled();
    if (compiled.kind === 'empty') return '';
    if (compiled.kind === 'invalid') return `Not a valid regular expression: ${compiled.message}`;
    const total = props.search.count().toLocaleString('en-US');
    if (!props.search.done()) return `Searching… ${total} so far`;
    if (props.search.count() === 0) return 'No matches';
    return `${(props.search.current() + 1).toLocaleString('en-US')} of ${total}`;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      props.search.move(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      props.search.setInput({ text: '' });
      props.onClose();
    }
  };
  const noMatches = () => props.search.count() === 0;
  return (
    <div class="job-log__search" role="search">
      <input
        ref={props.inputRef}
        type="search"
        class="job-log__search-input"
        placeholder="Search the log"
        aria-label="Search the log"
        aria-invalid={props.search.compiled().kind === 'invalid'}
        value={props.search.input().text}
        onInput={(event) => props.search.setInput({ text: event.currentTarget.value })}
        onKeyDown={onKeyDown}
      />
      <label class="job-log__toggle" title="Match case">
        <input
          type="checkbox"
          checked={props.search.input().caseSensitive}
          onChange={(event) => props.search.setInput({ caseSensitive: event.currentTarget.checked })}
        />
        Match case
      </label>
      <label class="job-log__toggle" title="Regular expression">
        <input
          type="checkbox"
          checked={props.search.input().regex}
          onChange={(event) => props.search.setInput({ regex: event.currentTarget.checked })}
        />
        Regex
      </label>
      <button
        type="button"
        class="vpo-button job-log__step"
        aria-label="Previous match"
        disabled={noMatches()}
        onClick={() => props.search.move(-1)}
      >
        ↑
      </button>
      <button
        type="button"
        class="vpo-button job-log__step"
        aria-label="Next match"
        disabled={noMatches()}
        onClick={() => props.search.move(1)}
      >
        ↓
      </button>
      <span
        class="job-log__search-status"
        classList={{ 'job-log__search-status--invalid': props.search.compiled().kind === 'invalid' }}
        aria-live="polite"
        data-testid="log-search-status"
      >
        <Show when={status()}>{status()}</Show>
      </span>
    </div>
  );
}
