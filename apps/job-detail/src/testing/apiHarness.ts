/**
 * Test helpers: the msw fake of VPO's jobs API (from `@vpo-live/vpo-api/testing`) with a request log, and
 * fake-timer helpers. Used by component tests only.
 */
import { createFakeJobStore, createJobsApiHandlers, type FakeJobStore } from '@vpo-live/vpo-api/testing';
import { setupServer, type SetupServer } from 'msw/node';
import { vi } from 'vitest';

export interface ApiHarness {
  store: FakeJobStore;
  server: SetupServer;
  /** Every request the page sent, in order. */
  requests: URL[];
  /** Requests the client made without credentials, to see whether a stalled one waits on a login prompt. */
  loginChecks: URL[];
  /** Requests of the job (`/api/jobs/{id}`). */
  jobRequests(): URL[];
  /** Requests of the log (`/api/jobs/{id}/logs`). */
  logRequests(): URL[];
}

/** Requests handed to msw and not yet answered, failed or aborted. */
const inFlight = new Set<string>();

/** Creates the fake API; call `server.listen()` in `beforeAll`. */
export function createApiHarness(): ApiHarness {
  const store = createFakeJobStore({ now: () => Date.now() });
  const server = setupServer(...createJobsApiHandlers(store));
  const requests: URL[] = [];
  const loginChecks: URL[] = [];
  server.events.on('request:start', ({ request, requestId }) => {
    inFlight.add(requestId);
    request.signal.addEventListener('abort', () => inFlight.delete(requestId));
    // The page's own requests; a request without credentials is the client checking whether a stalled one is
    // held on a login prompt (see the vpo-api client), which is not a poll.
    if (request.credentials === 'omit') loginChecks.push(new URL(request.url));
    else requests.push(new URL(request.url));
  });
  server.events.on('request:end', ({ requestId }) => {
    inFlight.delete(requestId);
  });
  return {
    store,
    server,
    requests,
    loginChecks,
    jobRequests: () => requests.filter((url) => /^\/api\/jobs\/[^/]+$/.test(url.pathname)),
    logRequests: () => requests.filter((url) => url.pathname.endsWith('/logs')),
  };
}

/** Timers and Date are fake; promises, microtasks and msw's own plumbing stay real. */
export function useFakeClock(start = Date.UTC(2026, 1, 1, 12, 0, 30)): void {
  vi.useFakeTimers({
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    now: start,
  });
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Lets pending requests and their promise chains finish without moving the fake clock: waits (in real event
 * loop turns) until no request is in flight and a few idle turns have passed. A request held by fake time
 * (a slow handler) is left pending after a bounded wait.
 */
export async function settle(idleTurns = 5): Promise<void> {
  let idle = 0;
  for (let turn = 0; turn < 300 && idle < idleTurns; turn++) {
    await vi.advanceTimersByTimeAsync(0);
    await tick();
    idle = inFlight.size === 0 ? idle + 1 : 0;
  }
}

/**
 * Moves the fake clock by `ms` in steps of `step`, settling after each, so every response is handled at the
 * fake time it would arrive (a real server answering within a few ms).
 */
export async function advance(ms: number, step = 100): Promise<void> {
  for (let elapsed = 0; elapsed < ms; elapsed += step) {
    await vi.advanceTimersByTimeAsync(Math.min(step, ms - elapsed));
    await settle();
  }
}
