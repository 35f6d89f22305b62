/**
 * Whether a key press goes to something the operator types into (a text field, a select, an editable
 * region): single-letter shortcuts must never fire there.
 *
 * @example if (isTyping(event)) return; // `r` in the search box is text, not Refresh
 */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target;
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (!(target instanceof HTMLInputElement)) return false;
  // Checkboxes, radios and buttons take no text: `r` there is still a shortcut.
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(target.type);
}
