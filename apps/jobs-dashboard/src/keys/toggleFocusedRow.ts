/**
 * Clicks the selection box of the row that holds the focus (Shift held for `range`), so the key takes the same
 * path as a click: one toggle rule. Nothing when the focus is not on a row, or the page offers no selection.
 */
export function toggleFocusedRow(tbody: HTMLElement | undefined, range: boolean): void {
  const active = tbody?.ownerDocument.activeElement;
  const row = active?.closest<HTMLElement>('tr[data-job-id]');
  if (!row || !tbody?.contains(row)) return;
  row
    .querySelector<HTMLInputElement>('.jobs-cell--select input[type="checkbox"]')
    ?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, shiftKey: range }));
}
