import { createSignal, type Accessor } from 'solid-js';

const PREFIX = 'vpo-live:log:';

/**
 * A viewer preference remembered in localStorage (across jobs and reloads), e.g. whether stamps are shown.
 * Storage that is missing or refuses (private mode, quota) only means the choice is not remembered.
 *
 * @example const [stamps, setStamps] = createPreference('stamps', true);
 */
export function createPreference(
  name: string,
  fallback: boolean,
): [Accessor<boolean>, (value: boolean) => void] {
  const key = PREFIX + name;
  const read = (): boolean => {
    try {
      const stored = globalThis.localStorage?.getItem(key);
      return stored === null || stored === undefined ? fallback : stored === 'true';
    } catch {
      return fallback;
    }
  };
  const [value, setValue] = createSignal(read());
  return [
    value,
    (next) => {
      setValue(next);
      try {
        globalThis.localStorage?.setItem(key, String(next));
      } catch {
        // Not remembered; the choice still holds on this page.
      }
    },
  ];
}
