/**
 * Moves the focus to the next (`step` 1) or previous (−1) job's link in `tbody`, from the row that holds the
 * focus now; from outside the table, `j` starts at the first row and `k` at the last. The link is what takes
 * the focus, so Enter opens the job and screen readers read it; the row shows the focus (`:focus-within`).
 * Returns the row now in focus, or null when there are no rows.
 */
export function focusRow(tbody: HTMLElement | undefined, step: 1 | -1): HTMLElement | null {
  if (!tbody) return null;
  const rows = Array.from(tbody.querySelectorAll<HTMLElement>(':scope > tr[data-job-id]'));
  if (rows.length === 0) return null;
  const active = tbody.ownerDocument.activeElement;
  const current = active ? rows.findIndex((row) => row.contains(active)) : -1;
  const index =
    current === -1
      ? step === 1
        ? 0
        : rows.length - 1
      : Math.min(rows.length - 1, Math.max(0, current + step));
  const row = rows[index]!;
  row.querySelector<HTMLElement>('.jobs-cell--id a')?.focus();
  return row;
}
