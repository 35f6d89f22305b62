import { tinykeys } from 'tinykeys';
import { isTyping } from '@vpo-live/ui';

export interface DashboardShortcutActions {
  /** `/` */
  search(): void;
  /** `r` */
  refresh(): void;
  /** `j` (+1) and `k` (−1): move the focus through the rows. */
  move(step: 1 | -1): void;
  /** `x`: select the row in focus, or unselect it; `Shift+x` the rows from the last one picked, as Shift-click. */
  select(range: boolean): void;
  /** `?` */
  help(): void;
  /** While false (the help dialog is open), no shortcut fires. */
  enabled(): boolean;
}

/**
 * Binds the dashboard's shortcuts on `target` (default: the window) and returns the function that unbinds
 * them. None fires while the operator types in a field, nor with Ctrl, Alt or Meta held (tinykeys matches
 * modifiers exactly, so browser shortcuts such as Ctrl+R stay the browser's). Enter needs no binding: `j`/`k`
 * focus a row's link, and Enter on a link opens it.
 *
 * @example const unbind = makeDashboardShortcuts({ search, refresh, move, select, help, enabled }); // later: unbind()
 */
export function makeDashboardShortcuts(
  actions: DashboardShortcutActions,
  target: Window | HTMLElement = window,
): () => void {
  const unlessTyping = (run: () => void) => (event: KeyboardEvent) => {
    if (isTyping(event) || event.defaultPrevented || !actions.enabled()) return;
    // The key is the shortcut's, not text for a field that takes focus ("/" must not land in the search box).
    event.preventDefault();
    run();
  };
  return tinykeys(target, {
    '/': unlessTyping(() => actions.search()),
    r: unlessTyping(() => actions.refresh()),
    j: unlessTyping(() => actions.move(1)),
    k: unlessTyping(() => actions.move(-1)),
    x: unlessTyping(() => actions.select(false)),
    'Shift+x': unlessTyping(() => actions.select(true)),
    // "?" is Shift+/ on most layouts; tinykeys wants the Shift named.
    '?': unlessTyping(() => actions.help()),
    'Shift+?': unlessTyping(() => actions.help()),
  });
}
