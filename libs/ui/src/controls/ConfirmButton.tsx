import { Match, Switch, createSignal, type JSX } from 'solid-js';

export interface ConfirmButtonProps {
  /** The button's text, e.g. "Cancel job". */
  label: string;
  /** The question that names what will happen, e.g. "Cancel transcode job 1a2b3c4d? It stops within a second." */
  question: string;
  /** The confirming button's text (default: the label). */
  confirmLabel?: string;
  /** What the button says while the action runs, e.g. "Cancelling…". */
  pendingLabel: string;
  /** Runs the action; the control stays pending until it settles. */
  onConfirm: () => Promise<void>;
  /** Styles the buttons as destructive (delete, cancel). */
  danger?: boolean;
  disabled?: boolean;
}

type Phase = 'idle' | 'asking' | 'pending';

/**
 * A button whose action is confirmed in place: a click asks the question beside it (with the safe choice
 * focused, Escape to back out), the confirming click runs the action with the button marked busy, and focus
 * comes back to the button after. In place rather than a modal, so it works the same on a phone, inside any
 * host page, and with the keyboard.
 *
 * @example <ConfirmButton label="Cancel job" question="Cancel job 1a2b3c4d?" pendingLabel="Cancelling…" onConfirm={cancel} danger />
 */
export function ConfirmButton(props: ConfirmButtonProps): JSX.Element {
  const [phase, setPhase] = createSignal<Phase>('idle');
  let button: HTMLButtonElement | undefined;
  let keep: HTMLButtonElement | undefined;
  const back = () => {
    setPhase('idle');
    button?.focus();
  };
  const ask = () => {
    setPhase('asking');
    keep?.focus();
  };
  const confirm = async () => {
    setPhase('pending');
    try {
      await props.onConfirm();
    } finally {
      // The button may be gone with what it acted on (a deleted job); focus it only when it is still shown.
      setPhase('idle');
      if (button?.isConnected) button.focus();
    }
  };
  const kind = () => (props.danger ? 'vpo-button vpo-button--danger' : 'vpo-button');
  return (
    <span class="vpo-confirm">
      <Switch>
        <Match when={phase() === 'asking'}>
          <span
            class="vpo-confirm__ask"
            role="group"
            aria-label={props.question}
            on:keydown={(event: KeyboardEvent) => {
              if (event.key === 'Escape') back();
            }}
          >
            <span class="vpo-confirm__question">{props.question}</span>
            <button type="button" class={kind()} on:click={() => void confirm()}>
              {props.confirmLabel ?? props.label}
            </button>
            <button type="button" class="vpo-button" ref={keep} on:click={back}>
              Keep it
            </button>
          </span>
        </Match>
        <Match when={true}>
          <button
            type="button"
            ref={button}
            class={kind()}
            disabled={props.disabled === true || phase() === 'pending'}
            aria-busy={phase() === 'pending' ? 'true' : 'false'}
            on:click={ask}
          >
            {phase() === 'pending' ? props.pendingLabel : props.label}
          </button>
        </Match>
      </Switch>
    </span>
  );
}
