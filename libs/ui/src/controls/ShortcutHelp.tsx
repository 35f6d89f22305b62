import { For, onCleanup, onMount, type JSX } from 'solid-js';

/** One line of the list: the keys, and what they do. */
export interface Shortcut {
  readonly keys: readonly string[];
  readonly action: string;
}

export interface ShortcutHelpProps {
  /** The page's shortcuts, from the same list its key bindings are made from. */
  shortcuts: readonly Shortcut[];
  onClose: () => void;
}

/**
 * The list of keyboard shortcuts as a modal dialog (`role="dialog"`, labelled by its heading). Focus moves to
 * its Close button and stays inside; Escape or Close closes it, and focus goes back where it was.
 *
 * @example <Show when={helpOpen()}><ShortcutHelp shortcuts={SHORTCUTS} onClose={() => setHelpOpen(false)} /></Show>
 */
export function ShortcutHelp(props: ShortcutHelpProps): JSX.Element {
  let close: HTMLButtonElement | undefined;
  const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  onMount(() => close?.focus());
  onCleanup(() => returnTo?.focus());
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      props.onClose();
    } else if (event.key === 'Tab') {
      // One control inside: Tab keeps focus on it rather than leaving the dialog.
      event.preventDefault();
      close?.focus();
    }
  };
  return (
    <div
      class="vpo-dialog-backdrop"
      on:click={(event: MouseEvent) => event.target === event.currentTarget && props.onClose()}
    >
      <div
        class="vpo-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="vpo-shortcuts-title"
        on:keydown={onKeyDown}
      >
        <h2 id="vpo-shortcuts-title">Keyboard shortcuts</h2>
        <dl class="vpo-shortcuts">
          <For each={props.shortcuts}>
            {(shortcut) => (
              <div>
                <dt>
                  <For each={shortcut.keys}>{(key) => <kbd>{key}</kbd>}</For>
                </dt>
                <dd>{shortcut.action}</dd>
              </div>
            )}
          </For>
        </dl>
        <p class="vpo-dialog__note">Shortcuts do nothing while you type in a field.</p>
        <button ref={close} type="button" class="vpo-button" on:click={() => props.onClose()}>
          Close
        </button>
      </div>
    </div>
  );
}
