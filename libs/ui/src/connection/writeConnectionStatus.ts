import type { PollerStateName } from '@vpo-live/poller';
import { CONNECTION_MODIFIERS, connectionView } from './connectionView.ts';

/**
 * Writes a poller state into an existing indicator element — VPO's header
 * `<span id="connection-status" role="status">` — the same way {@link ConnectionIndicator} renders it:
 * text, `data-state` and the `connection-status--*` modifier class. Other classes on the element are kept,
 * and nothing is written when nothing changed, so the polite live region does not re-announce.
 *
 * @example writeConnectionStatus(document.getElementById('connection-status')!, 'reconnecting')
 */
export function writeConnectionStatus(el: HTMLElement, state: PollerStateName): void {
  const view = connectionView(state);
  if (el.textContent !== view.label) el.textContent = view.label;
  if (el.dataset.state !== state) el.dataset.state = state;
  // classList.add/toggle rewrite the attribute even when nothing changes; touch only what differs.
  setClass(el, 'connection-status', true);
  for (const modifier of CONNECTION_MODIFIERS) {
    setClass(el, `connection-status--${modifier}`, modifier === view.modifier);
  }
}

/** VPO's header indicator on this page, if the host has one. */
export function findHostConnectionStatus(doc: Document = document): HTMLElement | null {
  return doc.getElementById('connection-status');
}

function setClass(el: HTMLElement, name: string, on: boolean): void {
  if (el.classList.contains(name) !== on) el.classList.toggle(name, on);
}
