/** What the page needs of the browser's Notification API, so tests can fake it. */
export interface NotificationPort {
  /** `unsupported` where the browser has no Notification API (or the page is not in a secure context). */
  permission(): NotificationPermission | 'unsupported';
  /** Asks the operator; only call from a click. */
  request(): Promise<NotificationPermission>;
  /** Shows a notification; the title and body are text (the API never parses markup). */
  show(title: string, options: { body: string; tag: string }): void;
}

type NotificationGlobal = typeof globalThis & { Notification?: typeof Notification };

/**
 * The browser's Notification API, read at each call (permission can change in the browser's settings while
 * the page is open). Failures (a browser that refuses `new Notification` in some context) are swallowed:
 * a notification is a courtesy, never a reason for the page to break.
 *
 * @example const port = browserNotifications(); if (port.permission() === 'granted') port.show('Job failed', { body, tag });
 */
export function browserNotifications(scope: NotificationGlobal = globalThis): NotificationPort {
  const api = () => scope.Notification;
  return {
    permission: () => {
      const N = api();
      return typeof N === 'function' && typeof N.permission === 'string' ? N.permission : 'unsupported';
    },
    request: async () => {
      const N = api();
      if (typeof N !== 'function') return 'denied';
      try {
        return await N.requestPermission();
      } catch {
        return 'denied';
      }
    },
    show: (title, options) => {
      const N = api();
      if (typeof N !== 'function') return;
      try {
        new N(title, options);
      } catch {
        // Some browsers allow notifications only from a service worker; nothing to show then.
      }
    },
  };
}
