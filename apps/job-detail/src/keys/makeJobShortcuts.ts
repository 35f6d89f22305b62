import { isTyping } from '@vpo-live/ui';
import { tinykeys } from 'tinykeys';

export interface JobShortcutActions {
  /** `r` */
  refresh(): void;
  /** `/`: focus the log's search box; false when there is none (the key is then left to the browser). */
  search(): boolean;
  /** `?` */
  help(): void;
}

/**
 * Binds the detail page's shortcuts on `target` (default: the window) and returns the function that unbinds
 * them. None fires while the operator types in a field, nor with Ctrl, Alt or Meta held (tinykeys matches
 * modifiers exactly, so browser shortcuts such as Ctrl+R stay the browser's).
 *
 * @example const unbind = makeJobShortcuts({ refresh, search, help }); // later: unbind()
 */
export function makeJobShortcuts(
  actions: JobShortcutActions,
  target: Window | HTMLElement = window,
): () => void {
  const unlessTyping = (run: () => boolean | void) => (event: KeyboardEvent) => {
    if (isTyping(event) || event.defaultPrevented) return;
    // The key is the shortcut's, not text for a field that takes focus ("/" must not land in the search box).
    if (run() !== false) event.preventDefault();
  };
  return tinykeys(target, {
    r: unlessTyping(() => actions.refresh()),
    '/': unlessTyping(() => actions.search()),
    // "?" is Shift+/ on most layouts; tinykeys wants the Shift named.
    '?': unlessTyping(() => actions.help()),
    'Shift+?': unlessTyping(() => actions.help()),
  });
}
