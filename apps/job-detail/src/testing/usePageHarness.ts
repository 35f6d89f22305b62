/**
 * The lifecycle every page test shares, registered in one call: the fake API listening (unhandled requests
 * fail the test), a fake clock, a visible page, an empty store and request log before each test; every
 * mounted page unmounted, handlers reset and the URL restored after it.
 */
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { createApiHarness, useFakeClock, type ApiHarness } from './apiHarness.ts';
import { setVisibility, unmountAll } from './mountForTest.ts';

/** Call at the top of a test file; returns the fake API the page talks to. */
export function usePageHarness(): ApiHarness {
  const api = createApiHarness();
  beforeAll(() => api.server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    useFakeClock();
    api.requests.length = 0;
    api.loginChecks.length = 0;
    api.store.seed({ jobs: [] });
    setVisibility('visible');
  });
  afterEach(() => {
    unmountAll();
    api.server.resetHandlers();
    window.history.replaceState(null, '', '/');
    vi.useRealTimers();
  });
  afterAll(() => api.server.close());
  return api;
}
