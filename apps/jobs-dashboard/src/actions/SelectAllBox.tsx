import { createEffect, type JSX } from 'solid-js';
import type { Selection } from './createSelection.ts';

/** The header checkbox: checked when every row of the page is selected, mixed when some are. */
export function SelectAllBox(props: { selection: Selection; ids: () => readonly string[] }): JSX.Element {
  let box!: HTMLInputElement;
  const picked = () => props.selection.among(props.ids()).length;
  // `indeterminate` is a property only (no attribute), so it is written here.
  createEffect(() => {
    box.indeterminate = picked() > 0 && picked() < props.ids().length;
  });
  return (
    <input
      ref={box}
      type="checkbox"
      aria-label="Select all jobs on this page"
      checked={props.ids().length > 0 && picked() === props.ids().length}
      on:click={() => props.selection.toggleAll(props.ids())}
    />
  );
}
