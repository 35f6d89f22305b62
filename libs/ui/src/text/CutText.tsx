import { Show, createMemo, createSignal, createUniqueId, type JSX } from 'solid-js';
import { cutText, type CutMode } from './cutText.ts';
import { SafeText } from './SafeText.tsx';
import { revealBidiControls } from './splitBidiControls.ts';

export interface CutTextProps {
  /** A server string that may be very long (file path, error message). */
  text: string;
  /** `middle` for paths (the file name stays visible), `end` for messages (default). */
  mode?: CutMode;
  /** What the value is, read after the toggle's "Show all" by screen readers: `file path`. */
  label?: string;
}

const count = (n: number) => n.toLocaleString('en-US');

/**
 * A value drawn whole up to `CUT_LIMIT` characters (see `cutText.ts`); beyond that cut (at its end, or in the middle for
 * paths) with a "Show all" toggle button (`aria-expanded`) that reveals the full value, which is also in the
 * `title`. Every part is drawn through {@link SafeText}, so bidi controls stay visible markers.
 *
 * @example <CutText text={job.file_path} mode="middle" label="file path" />
 */
export function CutText(props: CutTextProps): JSX.Element {
  const cut = createMemo(() => cutText(props.text, props.mode ?? 'end'));
  const [open, setOpen] = createSignal(false);
  const valueId = createUniqueId();
  return (
    <Show when={cut()} fallback={<SafeText text={props.text} />}>
      {(value) => (
        <span class="vpo-cut" classList={{ 'vpo-cut--open': open() }}>
          <span class="vpo-cut__value" id={valueId} title={revealBidiControls(props.text)}>
            <Show
              when={open()}
              fallback={
                <>
                  <span class="vpo-cut__head">
                    <SafeText text={value().head} />
                  </span>
                  <span class="vpo-cut__gap">
                    …
                    <span class="vpo-visually-hidden">{` (${count(value().hidden)} characters not shown) `}</span>
                  </span>
                  <Show when={value().tail}>
                    {(tail) => (
                      <span class="vpo-cut__tail">
                        <SafeText text={tail()} />
                      </span>
                    )}
                  </Show>
                </>
              }
            >
              <SafeText text={props.text} />
            </Show>
          </span>{' '}
          <button
            type="button"
            class="vpo-cut__toggle"
            aria-expanded={open() ? 'true' : 'false'}
            aria-controls={valueId}
            // Listens on the button itself, like RefreshButton: no document-level delegation needed.
            on:click={() => setOpen((was) => !was)}
          >
            {open() ? 'Show less' : 'Show all'}
            <Show when={props.label}>
              {(label) => (
                <>
                  {' '}
                  <span class="vpo-visually-hidden">
                    <SafeText text={label()} />
                  </span>
                </>
              )}
            </Show>
          </button>
        </span>
      )}
    </Show>
  );
}
