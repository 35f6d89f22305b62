/** Where the operator's choice is kept: one choice for every job page of this browser. */
export const NOTIFY_KEY = 'vpo-live:notify-finished';

/** Whether the operator asked to be notified (remembered in localStorage; false where storage is blocked). */
export function readNotifyPreference(storage: Storage | undefined = globalThis.localStorage): boolean {
  try {
    return storage?.getItem(NOTIFY_KEY) === 'on';
  } catch {
    return false;
  }
}

/** Remembers the choice; a blocked storage only means it is not remembered. */
export function writeNotifyPreference(
  on: boolean,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  try {
    storage?.setItem(NOTIFY_KEY, on ? 'on' : 'off');
  } catch {
    // Private mode or storage disabled: the choice holds for this page only.
  }
}
