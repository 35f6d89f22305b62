import { createUniqueId, type JSX } from 'solid-js';

export interface ReplayControlsProps {
  /** 0-based index of the shown step. */
  index: number;
  count: number;
  onChange: (index: number) => void;
}

/** Step through a replayed poller: first, previous, a slider, next, last — and the position in words. */
export function ReplayControls(props: ReplayControlsProps): JSX.Element {
  const sliderId = createUniqueId();
  const last = () => Math.max(0, props.count - 1);
  const go = (index: number) => props.onChange(Math.min(last(), Math.max(0, index)));
  return (
    <div class="sc-replay" role="group" aria-label="Replay">
      <button type="button" onClick={() => go(0)} disabled={props.index <= 0}>
        First
      </button>
      <button type="button" onClick={() => go(props.index - 1)} disabled={props.index <= 0}>
        Previous
      </button>
      <label class="sc-replay-slider" for={`replay-${sliderId}`}>
        Step
      </label>
      <input
        id={`replay-${sliderId}`}
        type="range"
        min="0"
        max={last()}
        step="1"
        value={props.index}
        aria-valuetext={`Step ${props.index + 1} of ${props.count}`}
        disabled={props.count < 2}
        onInput={(event) => go(Number(event.currentTarget.value))}
      />
      <button type="button" onClick={() => go(props.index + 1)} disabled={props.index >= last()}>
        Next
      </button>
      <button type="button" onClick={() => go(last())} disabled={props.index >= last()}>
        Last
      </button>
      <output class="sc-replay-position" for={`replay-${sliderId}`}>
        Step {props.count === 0 ? 0 : props.index + 1} of {props.count}
      </output>
    </div>
  );
}
