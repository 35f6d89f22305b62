import type { FetchOutcome } from '@vpo-live/poller';
import { describe, expect, it, vi } from 'vitest';
import { createLogTail, type LogPageFetcher } from './createLogTail.ts';
import type { LogPage, LogRequest } from './logCursor.ts';

const numbered = (n: number, from = 0, tag = 'line') =>
  Array.from({ length: n }, (_, i) => `[2026-02-01T10:00:00.000000Z] ${tag} ${from + i + 1}`);

/** A logs route over a mutable in-memory log, recording every request. */
function fakeServer(initial: string[] = []) {
  const state = { log: initial, etag: 'v1' };
  const requests: Array<LogRequest & { etag: string | null }> = [];
  const fetchPage: LogPageFetcher = async (request, { etag }) => {
    requests.push({ ...request, etag });
    const tag = `${state.etag}@${request.offset}:${state.log.length}`;
    if (etag === tag) return { kind: 'not-modified' };
    const lines = state.log.slice(request.offset, request.offset + Math.min(1000, request.lines));
    const data: LogPage = {
      lines,
      total_lines: state.log.length,
      offset: request.offset,
      has_more: request.offset + lines.length < state.log.length,
    };
    return { kind: 'ok', data, etag: tag };
  };
  return { state, requests, fetchPage };
}

const context = () => ({ signal: new AbortController().signal, etag: null });

/** What the session does: read pages while the tail says more are waiting. Returns the last outcome. */
async function catchUp(tail: ReturnType<typeof createLogTail>, limit = 100) {
  let outcome = await tail.fetch(context());
  for (let i = 0; i < limit && outcome.kind === 'ok' && outcome.data.more; i++)
    outcome = await tail.fetch(context());
  return outcome;
}

describe('createLogTail', () => {
  it('reads one page per fetch and says when more are waiting', async () => {
    const server = fakeServer(numbered(2500));
    const tail = createLogTail({ fetchPage: server.fetchPage });
    expect(await tail.fetch(context())).toEqual({
      kind: 'ok',
      data: { held: 1000, total: 2500, reset: null, more: true },
      etag: null,
    });
    expect(server.requests).toHaveLength(1);
  });

  it('reads a long log page by page, reporting each page', async () => {
    const server = fakeServer(numbered(2500));
    const onChange = vi.fn();
    const tail = createLogTail({ fetchPage: server.fetchPage, onChange });
    const outcome = await catchUp(tail);
    expect(outcome).toEqual({
      kind: 'ok',
      data: { held: 2500, total: 2500, reset: null, more: false },
      etag: null,
    });
    expect(server.requests.map((r) => r.offset)).toEqual([0, 999, 1998]);
    expect(onChange.mock.calls.map(([c]) => c.held)).toEqual([1000, 1999, 2500]);
    expect(tail.lines.slice()).toEqual(server.state.log);
  });

  it('asks for up to 1000 lines per request', async () => {
    const server = fakeServer(numbered(10));
    await createLogTail({ fetchPage: server.fetchPage, pageSize: 5000 }).fetch(context());
    expect(server.requests[0]?.lines).toBe(1000);
  });

  it('stays exact while the writer flushes in batches of 100', async () => {
    const full = numbered(1234);
    const server = fakeServer([]);
    const tail = createLogTail({ fetchPage: server.fetchPage });
    for (let flushed = 0; flushed < full.length; flushed += 100) {
      server.state.log = full.slice(0, flushed);
      await catchUp(tail);
      expect(tail.lines.length).toBe(flushed);
    }
    server.state.log = full;
    await catchUp(tail);
    expect(tail.lines.slice()).toEqual(full);
  });

  it('reloads from the start and says so when the log shrinks', async () => {
    const server = fakeServer(numbered(300));
    const onChange = vi.fn();
    const tail = createLogTail({ fetchPage: server.fetchPage, onChange });
    await catchUp(tail);
    server.state.log = numbered(20, 0, 'rotated');
    expect(await tail.fetch(context())).toMatchObject({
      kind: 'ok',
      data: { held: 0, total: 20, reset: 'shrunk', more: true },
    });
    expect(await tail.fetch(context())).toMatchObject({ data: { held: 20, reset: null, more: false } });
    expect(onChange).toHaveBeenCalledWith({ held: 0, appended: 0, reset: 'shrunk' });
    expect(tail.lines.slice()).toEqual(server.state.log);
  });

  it('stops reloading at once when the log is replaced faster than it can be read', async () => {
    let requests = 0;
    const fetchPage: LogPageFetcher = async (request) => {
      requests++;
      // Every answer comes from a different generation of the log.
      const log = numbered(2500, 0, `gen${requests}`);
      const lines = log.slice(request.offset, request.offset + request.lines);
      const data = { lines, total_lines: log.length, offset: request.offset, has_more: true };
      return { kind: 'ok', data };
    };
    const tail = createLogTail({ fetchPage });
    const outcome = await catchUp(tail);
    expect(requests).toBe(6);
    expect(outcome).toMatchObject({ kind: 'ok', data: { reset: 'rewritten', more: false } });
  });

  it('keeps the pages already applied when a later page fails, and continues from there', async () => {
    const server = fakeServer(numbered(2500));
    let calls = 0;
    const flaky: LogPageFetcher = (request, ctx) =>
      ++calls === 2
        ? Promise.resolve<FetchOutcome<LogPage>>({
            kind: 'failure',
            error: { kind: 'http', message: '503', status: 503 },
          })
        : server.fetchPage(request, ctx);
    const tail = createLogTail({ fetchPage: flaky });
    expect(await catchUp(tail)).toMatchObject({ kind: 'failure' });
    expect(tail.lines.length).toBe(1000);
    await catchUp(tail);
    expect(tail.lines.slice()).toEqual(server.state.log);
  });

  it('passes rate limiting through to the engine', async () => {
    const tail = createLogTail({ fetchPage: async () => ({ kind: 'rate-limited', retryAfterMs: 30_000 }) });
    expect(await tail.fetch(context())).toEqual({ kind: 'rate-limited', retryAfterMs: 30_000 });
  });

  it('does not apply an answer that arrives after its request was aborted', async () => {
    const server = fakeServer(numbered(50));
    let release!: () => void;
    const slow: LogPageFetcher = async (request, ctx) => {
      await new Promise<void>((resolve) => (release = resolve));
      return server.fetchPage(request, ctx);
    };
    const tail = createLogTail({ fetchPage: slow });
    const controller = new AbortController();
    const round = tail.fetch({ signal: controller.signal, etag: null });
    controller.abort();
    release();
    await expect(round).rejects.toBeDefined();
    expect(tail.lines.length).toBe(0);
  });

  it('sends the ETag again only for the same offset, and a 304 keeps the lines', async () => {
    const server = fakeServer(numbered(10));
    const tail = createLogTail({ fetchPage: server.fetchPage });
    await tail.fetch(context());
    await tail.fetch(context());
    // The tag of offset 0 is not sent with offset 9.
    expect(server.requests.map((r) => [r.offset, r.etag])).toEqual([
      [0, null],
      [9, null],
    ]);
    const unchanged = await tail.fetch(context());
    expect(server.requests[2]).toMatchObject({ offset: 9, etag: 'v1@9:10' });
    expect(unchanged).toMatchObject({ kind: 'ok', data: { held: 10 } });
    server.state.log = numbered(15);
    await tail.fetch(context());
    await tail.fetch(context());
    expect(server.requests.slice(3).map((r) => [r.offset, r.etag])).toEqual([
      [9, 'v1@9:10'],
      [14, null],
    ]);
    expect(tail.lines.slice()).toEqual(server.state.log);
  });

  it('ignores the engine’s ETag, which may belong to another offset', async () => {
    const server = fakeServer(numbered(3));
    const tail = createLogTail({ fetchPage: server.fetchPage });
    await tail.fetch({ signal: new AbortController().signal, etag: 'v1@0:3' });
    expect(server.requests[0]?.etag).toBeNull();
    expect(tail.lines.length).toBe(3);
  });

  it('completes a half-written line in place', async () => {
    const server = fakeServer(['first', 'sec']);
    const tail = createLogTail({ fetchPage: server.fetchPage });
    await tail.fetch(context());
    server.state.log = ['first', 'second', 'third'];
    server.state.etag = 'v2';
    await catchUp(tail);
    expect(tail.lines.slice()).toEqual(['first', 'second', 'third']);
  });
});
