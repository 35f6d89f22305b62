import { createMemo, type JSX } from 'solid-js';
import { roundPercent } from '../format/formatPercent.ts';

/** How the bar is coloured: moving work, finished work, or work that stopped short (failed, cancelled). */
export type ProgressTone = 'active' | 'done' | 'stopped';

export interface ProgressBarProps {
  /** Percent complete (0–100); `null` draws an indeterminate indicator with no `aria-valuenow`. */
  value: number | null;
  /** Accessible name, e.g. "Progress of job 3f2a9c1e". */
  label?: string;
  /** Colour of the fill (default `active`). */
  tone?: ProgressTone;
}

/**
 * A progress bar with `role="progressbar"`: `aria-valuenow` is the rounded percent and the same number is
 * shown as text ("45%").
 *
 * Cheap to move: the fill spans the track and is scaled (`transform: scaleX(0.45)`), never resized, so a new
 * value needs no layout and repaints nothing around it (and it is not transitioned: an animation's start and
 * end each cost a main-thread frame); the bar is a contained box of fixed size (styles.css), so its text
 * changing lays out the bar alone. The transform is
 * written through CSSOM (Solid's `style` prop calls `style.setProperty`), which a strict `style-src` CSP
 * allows, unlike a `style` attribute in markup. A value that rounds to the same percent writes nothing.
 *
 * @example <ProgressBar value={45.2} label="Progress" />
 */
export function ProgressBar(props: ProgressBarProps): JSX.Element {
  const percent = createMemo(() => roundPercent(props.value));
  return (
    <div
      class={`vpo-progress vpo-progress--${props.tone ?? 'active'}`}
      classList={{ 'vpo-progress--indeterminate': percent() == null }}
      role="progressbar"
      aria-label={props.label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent() ?? undefined}
      aria-valuetext={percent() == null ? 'In progress' : undefined}
    >
      <span class="vpo-progress__track">
        <span
          class="vpo-progress__fill"
          style={{ transform: percent() == null ? undefined : `scaleX(${(percent() as number) / 100})` }}
        />
      </span>
      {/* Always present (empty when indeterminate) so every bar in a column has the same width. */}
      <span class="vpo-progress__text">{percent() == null ? '' : `${percent()}%`}</span>
    </div>
  );
}
