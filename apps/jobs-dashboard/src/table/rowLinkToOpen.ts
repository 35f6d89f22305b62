/** What a click lands on that does its own thing: the row's link, the checkbox, "Show all", a shown path. */
const CONTROLS = 'a, button, input, select, textarea, label, summary, [role="button"], .vpo-cut--open';

/**
 * The link a click on a job's row should follow, or null: a plain primary click anywhere on the row that is
 * not a control. Middle-click and Ctrl/⌘/Shift-click keep their meaning (a new tab or window) on the real
 * link only, so they are left alone elsewhere; a drag that selected text is reading, not opening.
 */
export function rowLinkToOpen(event: MouseEvent): HTMLAnchorElement | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return null;
  const target = event.target;
  if (!(target instanceof Element) || target.closest(CONTROLS)) return null;
  const selected = target.ownerDocument.getSelection?.();
  if (selected && !selected.isCollapsed && selected.toString().trim() !== '') return null;
  return target.closest('tr[data-job-id]')?.querySelector<HTMLAnchorElement>('.jobs-cell--id a') ?? null;
}
