import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WorkerAbort, WorkerReply, WorkerRequest } from './fetchWorkerProtocol.ts';

// The worker script runs against its global scope: here Node's, with postMessage and fetch stubbed.
const posted: WorkerReply[] = [];
const scope = globalThis as unknown as {
  postMessage: (message: WorkerReply) => void;
  onmessage: ((event: { data: WorkerRequest | WorkerAbort }) => void) | null;
};

beforeAll(async () => {
  scope.postMessage = (message) => void posted.push(message);
  await import('./fetchWorker.ts');
});
afterEach(() => {
  vi.unstubAllGlobals();
  posted.length = 0;
});

const send = (data: WorkerRequest | WorkerAbort) => scope.onmessage?.({ data });
const request = (id: number): WorkerRequest => ({
  id,
  url: 'http://127.0.0.1:1/api/jobs/a',
  headers: { 'If-None-Match': '"v1"' },
  cache: 'no-store',
});
const until = (count: number) => vi.waitFor(() => expect(posted).toHaveLength(count));

describe('fetchWorker', () => {
  it('says it is ready when it starts', () => {
    // Imported once in beforeAll: its first message was "ready".
    expect(scope.onmessage).toBeTypeOf('function');
  });

  it('answers a 304 without a body, a 200 with its text and headers', async () => {
    const fetch = vi.fn((_url: string, init: RequestInit) =>
      Promise.resolve(
        (init.headers as Record<string, string>)['If-None-Match']
          ? new Response(null, { status: 304, headers: { ETag: '"v1"' } })
          : new Response('{"a":1}', { status: 200, statusText: 'OK', headers: { ETag: '"v2"' } }),
      ),
    );
    vi.stubGlobal('fetch', fetch);
    send(request(1));
    send({ ...request(2), headers: {} });
    await until(2);
    expect(posted).toContainEqual({
      id: 1,
      status: 304,
      statusText: '',
      headers: [['etag', '"v1"']],
      body: null,
    });
    expect(posted).toContainEqual(
      expect.objectContaining({
        id: 2,
        status: 200,
        body: '{"a":1}',
        headers: expect.arrayContaining([['etag', '"v2"']]),
      }),
    );
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({ method: 'GET', cache: 'no-store' });
  });

  it('a failed fetch is reported by name and message; an aborted one is not reported', async () => {
    let seen: AbortSignal | undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string, init: RequestInit) => {
        if (url.endsWith('/down')) return Promise.reject(new TypeError('Failed to fetch'));
        seen = init.signal ?? undefined;
        return new Promise((_, reject) =>
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
        );
      }),
    );
    send(request(3));
    send({ abort: 3 });
    send({ ...request(4), url: 'http://127.0.0.1:1/down' });
    await until(1);
    expect(seen?.aborted).toBe(true);
    expect(posted).toEqual([{ id: 4, error: { name: 'TypeError', message: 'Failed to fetch' } }]);
  });
});
