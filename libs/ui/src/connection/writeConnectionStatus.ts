import type { PollerStateName } from '@vpo-live/poller';
import {
  CONNECTION_MODIFIERS,
  NEXT_TRY_CLASS,
  connectionView,
  nextTryText,
  type ConnectionView,
} from './connectionView.ts';

/** When the poller sends its next request (its snapshot's `nextPollAt`) and the page's clock now. */
export interface NextTry {
  nextPollAt: number | null;
  now: number;
}

/**
 * Writes a poller state into an existing indicator element — VPO's header
 * `<span id="connection-status" role="status">` — the same way {@link ConnectionIndicator} renders it:
 * label, countdown to the next try while throttled or failing (in an `aria-hidden` child, so the live region
 * does not re-announce every second), `data-state` and the `connection-status--*` modifier class. Other
 * classes on the element are kept, and nothing is written when nothing changed.
 *
 * @example writeConnectionStatus(document.getElementById('connection-status')!, 'reconnecting')
 */
export function writeConnectionStatus(el: HTMLElement, state: PollerStateName, wait?: NextTry): void {
  writeIndicatorView(
    el,
    connectionView(state),
    state,
    wait ? nextTryText(state, wait.nextPollAt, wait.now) : null,
  );
}

/**
 * Writes any view into the indicator: its label, an optional countdown, `data-state` and its modifier class;
 * `null` empties it (a page with nothing live to report says nothing rather than something untrue).
 *
 * @example writeIndicatorView(el, REPLAY_VIEW, 'replay') // "Replay", grey
 */
export function writeIndicatorView(
  el: HTMLElement,
  view: ConnectionView | null,
  state: string,
  nextTry: string | null = null,
): void {
  writeLabel(el, view?.label ?? '');
  writeNextTry(el, view ? nextTry : null);
  if (el.dataset.state !== state) el.dataset.state = state;
  // classList.add/toggle rewrite the attribute even when nothing changes; touch only what differs.
  setClass(el, 'connection-status', true);
  for (const modifier of CONNECTION_MODIFIERS) {
    setClass(el, `connection-status--${modifier}`, modifier === view?.modifier);
  }
}

/** VPO's header indicator on this page, if the host has one. */
export function findHostConnectionStatus(doc: Document = document): HTMLElement | null {
  return doc.getElementById('connection-status');
}

/** The label is the element's first text node; anything else the host put there is replaced once. */
function writeLabel(el: HTMLElement, label: string): void {
  const first = el.firstChild;
  if (first?.nodeType === Node.TEXT_NODE && first.nextSibling === countdownOf(el)) {
    if (first.nodeValue !== label) first.nodeValue = label;
    return;
  }
  el.textContent = label;
}

function writeNextTry(el: HTMLElement, text: string | null): void {
  let countdown = countdownOf(el);
  if (text === null) {
    countdown?.remove();
    return;
  }
  if (!countdown) {
    countdown = el.ownerDocument.createElement('span');
    countdown.className = NEXT_TRY_CLASS;
    countdown.setAttribute('aria-hidden', 'true');
    el.append(countdown);
  }
  // The leading space keeps the text readable when copied; the flex gap spaces it on screen.
  const shown = ` — ${text}`;
  if (countdown.textContent !== shown) countdown.textContent = shown;
}

function countdownOf(el: HTMLElement): HTMLElement | null {
  const last = el.lastElementChild;
  return last instanceof HTMLElement && last.classList.contains(NEXT_TRY_CLASS) ? last : null;
}

function setClass(el: HTMLElement, name: string, on: boolean): void {
  if (el.classList.contains(name) !== on) el.classList.toggle(name, on);
}
