import type { PollingSettingsInput } from '@vpo-live/vpo-api';
import { mount, type JobDetailMountProps } from '../mount.tsx';

export interface MountedPage {
  el: HTMLElement;
  unmount(): void;
}

const mounted = new Set<MountedPage>();

/**
 * Mounts the page the way a host does (through `mount`), against the fake API at `/api`. Polling runs every
 * 2 s and the log every 4 s unless `config` says otherwise.
 */
export function mountForTest(
  jobId: string,
  config: PollingSettingsInput = {},
  debug?: JobDetailMountProps['debug'],
): MountedPage {
  const el = document.createElement('div');
  document.body.append(el);
  const dispose = mount(el, {
    jobId,
    apiBase: '/api',
    stylesheet: false,
    config: { interval: 2000, logInterval: 4000, enabled: true, ...config },
    debug,
  });
  const page: MountedPage = {
    el,
    unmount() {
      if (!mounted.delete(page)) return;
      dispose();
      el.remove();
    },
  };
  mounted.add(page);
  return page;
}

/** Unmounts every page still mounted (call in afterEach). */
export function unmountAll(): void {
  for (const page of [...mounted]) page.unmount();
}

/** Fires `visibilitychange` after setting `document.visibilityState`. */
export function setVisibility(state: 'visible' | 'hidden'): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}
