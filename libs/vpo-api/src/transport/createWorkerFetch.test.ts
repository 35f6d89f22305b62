import { describe, expect, it, vi } from 'vitest';
import { createWorkerFetch, type WorkerPort } from './createWorkerFetch.ts';
import type { WorkerReply, WorkerRequest, WorkerAbort } from './fetchWorkerProtocol.ts';
import type { HttpAnswer, HttpInit } from './httpFetch.ts';

/** A worker that records what it is sent and replies when the test says. */
function fakeWorker() {
  const sent: (WorkerRequest | WorkerAbort)[] = [];
  const port: WorkerPort = {
    postMessage: (message) => void sent.push(message),
    onmessage: null,
    onerror: null,
    terminate: vi.fn(),
  };
  const reply = (data: WorkerReply) => port.onmessage?.({ data } as MessageEvent<WorkerReply>);
  return { port, sent, reply };
}

const init = (signal = new AbortController().signal): HttpInit => ({
  method: 'GET',
  headers: { Accept: 'application/json', 'If-None-Match': '"v1"' },
  signal,
  cache: 'no-store',
});
const directAnswer = {
  status: 299,
  statusText: 'direct',
  headers: { get: () => null },
} as unknown as HttpAnswer;

function setUp() {
  const worker = fakeWorker();
  const direct = vi.fn((_url: string, _init: HttpInit) => Promise.resolve(directAnswer));
  const make = vi.fn(() => worker.port);
  const fetch = createWorkerFetch(make, direct);
  return { worker, direct, make, fetch };
}

describe('createWorkerFetch', () => {
  it('goes direct until the worker is ready, then hands requests to it', async () => {
    const { worker, direct, make, fetch } = setUp();
    expect(await fetch('/api/jobs/a', init())).toBe(directAnswer);
    expect(make).toHaveBeenCalledTimes(1);
    worker.reply({ ready: true });
    const answer = fetch('/api/jobs/a', init());
    expect(worker.sent).toEqual([
      { id: 1, url: '/api/jobs/a', headers: init().headers, cache: 'no-store', credentials: undefined },
    ]);
    worker.reply({ id: 1, status: 304, statusText: 'Not Modified', headers: [['etag', '"v1"']], body: null });
    const got = await answer;
    expect(got.status).toBe(304);
    expect(got.headers.get('ETag')).toBe('"v1"');
    expect(got.headers.get('Retry-After')).toBeNull();
    expect(direct).toHaveBeenCalledTimes(1);
    expect(make).toHaveBeenCalledTimes(1);
  });

  it("answers a body's text and JSON; a body that is not JSON rejects with a SyntaxError", async () => {
    const { worker, fetch } = setUp();
    worker.reply({ ready: true });
    const ok = fetch('/a', init());
    const bad = fetch('/b', init());
    worker.reply({ id: 1, status: 200, statusText: 'OK', headers: [], body: '{"jobs":[]}' });
    worker.reply({ id: 2, status: 200, statusText: 'OK', headers: [], body: '<html>' });
    expect(await (await ok).json()).toEqual({ jobs: [] });
    expect(await (await ok).text()).toBe('{"jobs":[]}');
    await expect((await bad).json()).rejects.toBeInstanceOf(SyntaxError);
  });

  it('rejects as fetch would: a network failure is a TypeError, a body cut short fails its read', async () => {
    const { worker, fetch } = setUp();
    worker.reply({ ready: true });
    const down = fetch('/a', init());
    const cut = fetch('/b', init());
    worker.reply({ id: 1, error: { name: 'TypeError', message: 'Failed to fetch' } });
    worker.reply({
      id: 2,
      status: 200,
      statusText: 'OK',
      headers: [],
      body: null,
      bodyError: { name: 'TypeError', message: 'network error' },
    });
    await expect(down).rejects.toEqual(new TypeError('Failed to fetch'));
    const answer = await cut;
    await expect(answer.json()).rejects.toEqual(new TypeError('network error'));
    await expect(answer.text()).rejects.toBeInstanceOf(TypeError);
  });

  it('an abort rejects at once with its reason, tells the worker, and ignores a late answer', async () => {
    const { worker, fetch } = setUp();
    worker.reply({ ready: true });
    const controller = new AbortController();
    const answer = fetch('/a', init(controller.signal));
    const reason = new DOMException('stop', 'AbortError');
    controller.abort(reason);
    await expect(answer).rejects.toBe(reason);
    expect(worker.sent.at(-1)).toEqual({ abort: 1 });
    expect(() => worker.reply({ id: 1, status: 200, statusText: '', headers: [], body: '{}' })).not.toThrow();
    const before = worker.sent.length;
    await expect(fetch('/b', init(controller.signal))).rejects.toBe(reason);
    expect(worker.sent).toHaveLength(before);
  });

  it('a worker that fails: its requests in flight are made again directly, and every later one too', async () => {
    const { worker, direct, fetch } = setUp();
    worker.reply({ ready: true });
    const inFlight = fetch('/a', init());
    worker.port.onerror?.({} as ErrorEvent);
    expect(await inFlight).toBe(directAnswer);
    expect(worker.port.terminate).toHaveBeenCalled();
    expect(await fetch('/b', init())).toBe(directAnswer);
    expect(direct.mock.calls.map(([url]) => url)).toEqual(['/a', '/b']);
  });

  it('a worker that cannot be made (another origin, a CSP): every request goes direct', async () => {
    const direct = vi.fn((_url: string, _init: HttpInit) => Promise.resolve(directAnswer));
    const make = vi.fn((): WorkerPort => {
      throw new DOMException('cross-origin', 'SecurityError');
    });
    const fetch = createWorkerFetch(make, direct);
    expect(await fetch('/a', init())).toBe(directAnswer);
    expect(await fetch('/b', init())).toBe(directAnswer);
    expect(make).toHaveBeenCalledTimes(1);
  });
});
