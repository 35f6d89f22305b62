import { For, type JSX } from 'solid-js';
import { hasBidiControls, splitBidiControls } from './splitBidiControls.ts';

export interface SafeTextProps {
  /** A server string: file path, error, log line, any job field. */
  text: string;
}

/**
 * A server string drawn so that it cannot disguise itself: isolated in a `<bdi>` (it cannot reorder the text
 * around it), and every bidi control inside it (U+202E and friends) replaced by a visible, titled marker —
 * `⟨U+202E⟩` — instead of silently reordering the value, the way code hosts flag hidden Unicode. Text only;
 * nothing is ever parsed as HTML.
 *
 * Cheap for the common case: a value without controls is one text node, updated in place; only values that
 * hold a control are split into segments. A table draws several per row, so the class and the content are
 * bound directly, without a memo of the segments or a `<Show>`: the control test, a regular expression over a
 * short string, costs less run twice than those cost to create.
 *
 * @example <SafeText text={job.file_path} /> // report⟨U+202E⟩gnp.exe, not reportexe.png
 */
export function SafeText(props: SafeTextProps): JSX.Element {
  return (
    <bdi class={hasBidiControls(props.text) ? 'vpo-safe-text vpo-safe-text--bidi' : 'vpo-safe-text'}>
      {hasBidiControls(props.text) ? (
        <For each={splitBidiControls(props.text)}>
          {(segment) =>
            segment.kind === 'text' ? (
              segment.text
            ) : (
              // dir="ltr" isolates the marker too, so it reads `⟨U+202E⟩` inside right-to-left text.
              <span
                class="vpo-bidi-mark"
                dir="ltr"
                title={segment.description}
                data-bidi-control={segment.codePoint}
              >
                {segment.marker}
              </span>
            )
          }
        </For>
      ) : (
        props.text
      )}
    </bdi>
  );
}
