import { Show, createUniqueId, type JSX } from 'solid-js';

export interface TraceControlsProps {
  mode: 'live' | 'replay';
  /** Entries the live trace holds (what Export saves). */
  recorded: number;
  /** Name of the loaded file, in a replay. */
  replayName: string | null;
  onExport: () => void;
  onLoad: (file: File) => void;
  onBackToLive: () => void;
  /** A load error to show, or null. */
  error: string | null;
  /** A note about the loaded file (e.g. skipped entries), or null. */
  note: string | null;
}

/** Save the recorded trace as JSON, load one back to replay it, and return to the live view. */
export function TraceControls(props: TraceControlsProps): JSX.Element {
  const inputId = createUniqueId();
  return (
    <div class="sc-trace">
      <p class="sc-mode" data-mode={props.mode}>
        <Show when={props.mode === 'replay'} fallback={<>Live — recording {props.recorded} entries</>}>
          Replaying <strong>{props.replayName}</strong>
        </Show>
      </p>
      <div class="sc-trace-actions">
        <button
          type="button"
          onClick={() => props.onExport()}
          disabled={props.mode !== 'live' || props.recorded === 0}
        >
          Export trace
        </button>
        {/* The native input stays focusable (only visually hidden); its label is what users see and click. */}
        <label class="sc-file" for={`trace-file-${inputId}`}>
          Load trace…
          <input
            id={`trace-file-${inputId}`}
            class="sc-visually-hidden"
            type="file"
            accept="application/json,.json"
            onChange={(event) => {
              const file = event.currentTarget.files?.[0];
              event.currentTarget.value = '';
              if (file) props.onLoad(file);
            }}
          />
        </label>
        <Show when={props.mode === 'replay'}>
          <button type="button" onClick={() => props.onBackToLive()}>
            Back to live
          </button>
        </Show>
      </div>
      <Show when={props.error}>
        <p class="sc-error" role="alert">
          {props.error}
        </p>
      </Show>
      <Show when={props.note}>
        <p class="sc-note" role="status">
          {props.note}
        </p>
      </Show>
    </div>
  );
}
