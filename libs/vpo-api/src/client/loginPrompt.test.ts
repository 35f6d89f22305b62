/**
 * @vitest-environment jsdom
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createJobsClient } from './createJobsClient.ts';
import { LOGIN_STALL_MS } from './loginPrompt.ts';

/**
 * A browser whose stored credentials no longer work: a request with credentials is held on the login prompt
 * (it never settles), the same request without them gets VPO's 401 with a Basic challenge.
 */
function promptingBrowser(challenge = 'Basic realm="VPO"') {
  const calls: RequestInit[] = [];
  const fetch = vi.fn((_url: RequestInfo | URL, init: RequestInit = {}) => {
    calls.push(init);
    if (init.credentials === 'omit') {
      return Promise.resolve(
        new Response('Unauthorized', {
          status: 401,
          headers: challenge ? { 'WWW-Authenticate': challenge } : {},
        }),
      );
    }
    return new Promise<Response>((_resolve, reject) =>
      init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
    );
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a request held on a login prompt', () => {
  it('is given up, and reported as the server wanting a login, well before the client’s timeout', async () => {
    const { fetch, calls } = promptingBrowser();
    const client = createJobsClient({ baseUrl: '/api', fetch });
    const outcome = client.listJobs();
    await vi.advanceTimersByTimeAsync(LOGIN_STALL_MS);
    await expect(outcome).resolves.toEqual({
      kind: 'unauthorized',
      error: { kind: 'unauthorized', status: 401, message: expect.stringMatching(/wants a login/) },
    });
    expect(calls.map((c) => c.credentials)).toEqual([undefined, 'omit']);
  });

  it('is waited for when the server asks no login: a slow answer is not a login', async () => {
    const { fetch } = promptingBrowser('');
    const client = createJobsClient({ baseUrl: '/api', fetch, timeoutMs: 10_000 });
    const outcome = client.listJobs();
    await vi.advanceTimersByTimeAsync(10_000);
    await expect(outcome).resolves.toMatchObject({ kind: 'failure', error: { kind: 'timeout' } });
  });

  it('never probes a request that has answered, however slowly its body arrives', async () => {
    let probes = 0;
    const fetch = vi.fn((_url: RequestInfo | URL, init: RequestInit = {}) => {
      if (init.credentials === 'omit') probes += 1;
      const body = new ReadableStream({
        start(controller) {
          setTimeout(() => {
            controller.enqueue(
              new TextEncoder().encode('{"jobs":[],"total":0,"limit":50,"offset":0,"has_filters":false}'),
            );
            controller.close();
          }, 2 * LOGIN_STALL_MS);
        },
      });
      return Promise.resolve(new Response(body, { status: 200 }));
    }) as unknown as typeof globalThis.fetch;
    const outcome = createJobsClient({ baseUrl: '/api', fetch }).listJobs();
    await vi.advanceTimersByTimeAsync(2 * LOGIN_STALL_MS);
    await outcome;
    expect(probes).toBe(0);
  });

  it('is never suspected for another origin (no stored credentials go there)', async () => {
    const { fetch, calls } = promptingBrowser();
    const client = createJobsClient({ baseUrl: 'http://elsewhere.test/api', fetch, timeoutMs: 5_000 });
    const outcome = client.listJobs();
    await vi.advanceTimersByTimeAsync(5_000);
    await expect(outcome).resolves.toMatchObject({ kind: 'failure', error: { kind: 'timeout' } });
    expect(calls).toHaveLength(1);
  });
});
