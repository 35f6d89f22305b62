import type { Page } from 'playwright-core';

declare global {
  interface Window {
    __setPageHidden?: (hidden: boolean) => void;
  }
}

/**
 * Makes `document.visibilityState` / `document.hidden` controllable before any page script runs. Headless
 * Chromium never hides a page by itself, so tests switch "tabs" with {@link setPageHidden}.
 */
export async function installVisibilityControl(page: Page): Promise<void> {
  await page.addInitScript(() => {
    let hidden = false;
    Object.defineProperty(Document.prototype, 'visibilityState', {
      configurable: true,
      get: () => (hidden ? 'hidden' : 'visible'),
    });
    Object.defineProperty(Document.prototype, 'hidden', { configurable: true, get: () => hidden });
    window.__setPageHidden = (next: boolean) => {
      hidden = next;
      document.dispatchEvent(new Event('visibilitychange'));
    };
  });
}

/** Hides or shows the page as a tab switch would, firing `visibilitychange`. */
export async function setPageHidden(page: Page, hidden: boolean): Promise<void> {
  await page.evaluate((value) => {
    if (!window.__setPageHidden) throw new Error('installVisibilityControl(page) was not called before goto');
    window.__setPageHidden(value);
  }, hidden);
}
