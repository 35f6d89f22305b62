import { createSignal, type Accessor } from 'solid-js';
import type { NotificationPort } from './notificationPort.ts';
import { readNotifyPreference, writeNotifyPreference } from './notifyPreference.ts';

/** The operator's "Notify me" choice and what the browser allows. */
export interface NotifyChoice {
  /** The browser has a Notification API. */
  supported: boolean;
  /** Notifications are wanted and allowed. */
  armed: Accessor<boolean>;
  /** Why the choice could not be taken ("blocked in the browser's settings"), or ''. */
  note: Accessor<string>;
  /** The button's click: asks the browser's permission when needed, then remembers the choice. */
  toggle(): Promise<void>;
}

const BLOCKED = 'Notifications are blocked for this site in the browser’s settings.';

/**
 * "Notify me", remembered: on only when the operator chose it and the browser grants it. Permission is asked
 * only from `toggle` (a click), never on load.
 *
 * @example const choice = createNotifyChoice(browserNotifications()); <button onClick={choice.toggle} aria-pressed={choice.armed()}>
 */
export function createNotifyChoice(port: NotificationPort, storage?: Storage): NotifyChoice {
  const supported = port.permission() !== 'unsupported';
  const [wanted, setWanted] = createSignal(supported && readNotifyPreference(storage));
  const [permission, setPermission] = createSignal(port.permission());
  const [note, setNote] = createSignal('');
  const choose = (on: boolean) => {
    setWanted(on);
    writeNotifyPreference(on, storage);
  };
  return {
    supported,
    armed: () => wanted() && permission() === 'granted',
    note,
    async toggle() {
      setNote('');
      const current = port.permission();
      setPermission(current);
      if (current === 'granted') return choose(!wanted());
      if (current === 'denied') {
        setNote(BLOCKED);
        return;
      }
      const answer = await port.request();
      setPermission(answer);
      if (answer === 'granted') choose(true);
      else setNote(answer === 'denied' ? BLOCKED : 'Notifications were not allowed.');
    },
  };
}
