/**
 * The log tail as the page runs it: through a real engine poller (fake page, fake timers), so paging, ETags,
 * 304s and failures take the engine's path.
 */
import { createPoller, type FetchOutcome, type Poller } from '@vpo-live/poller';
import { createFakeDocument, createFakeWindow } from '@vpo-live/poller/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogTail, type LogPageFetcher, type LogView } from './createLogTail.ts';
import type { LogRequest, LogSlice } from './logCursor.ts';

const INTERVAL = 5000;
const numbered = (n: number, from = 0, tag = 'line') =>
  Array.from({ length: n }, (_, i) => `[2026-02-01T10:00:00.000000Z] ${tag} ${from + i + 1}`);

/** A logs route over a mutable in-memory log, recording every request; its ETag names the page it describes. */
function fakeServer(initial: string[] = []) {
  const state = { log: initial, generation: 'v1' };
  const requests: Array<LogRequest & { etag: string | null }> = [];
  const fetchPage: LogPageFetcher = async (request, { etag = null }) => {
    requests.push({ ...request, etag });
    const tag = `${state.generation}@${request.offset}:${state.log.length}`;
    if (etag === tag) return { kind: 'not-modified' };
    const lines = state.log.slice(request.offset, request.offset + Math.min(1000, request.lines));
    const data: LogSlice = {
      lines,
      total_lines: state.log.length,
      offset: request.offset,
      has_more: request.offset + lines.length < state.log.length,
    };
    return { kind: 'ok', data, etag: tag };
  };
  return { state, requests, fetchPage };
}

const flush = async () => {
  for (let i = 0; i < 50; i += 1) await Promise.resolve();
};

/** A log poller as the session makes one. */
function tailPoller(fetchPage: LogPageFetcher): { poller: Poller<LogView>; lines: () => string[] } {
  const tail = createLogTail({ fetchPage });
  const poller = createPoller({
    fetch: tail.fetch,
    config: { interval: INTERVAL, enabled: true },
    env: { document: createFakeDocument('visible'), window: createFakeWindow(true) },
  });
  return { poller, lines: () => tail.lines.slice() };
}

const nextPoll = async () => {
  vi.advanceTimersByTime(INTERVAL);
  await flush();
};

let pollers: Poller<LogView>[] = [];
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  for (const poller of pollers) poller.dispose();
  pollers = [];
  vi.useRealTimers();
});
const start = (fetchPage: LogPageFetcher) => {
  const made = tailPoller(fetchPage);
  pollers.push(made.poller);
  return made;
};

describe('the log tail through the engine', () => {
  it('reads a 5,000-line backlog page after page at once, with no gap or duplicate', async () => {
    const server = fakeServer(numbered(5000));
    const { poller, lines } = start(server.fetchPage);
    await flush();
    expect(lines()).toEqual(server.state.log);
    // Each request re-reads the last held line, to prove the next page continues what is held.
    expect(server.requests.map((r) => r.offset)).toEqual([0, 999, 1998, 2997, 3996, 4995]);
    expect(server.requests.map((r) => r.etag)).toEqual([null, null, null, null, null, null]);
    expect(poller.getSnapshot()).toMatchObject({ state: 'connected', data: { count: 5000, complete: true } });
  });

  it('keeps the engine’s ETag: unchanged polls are 304s that keep the same view, growth is read', async () => {
    const server = fakeServer(numbered(10));
    const { poller, lines } = start(server.fetchPage);
    await flush();
    const view = poller.getSnapshot().data;
    await nextPoll();
    // The last page's tag named offset 0; the next request is at offset 9, so one full answer, then 304s.
    expect(server.requests.map((r) => [r.offset, r.etag])).toEqual([
      [0, null],
      [9, 'v1@0:10'],
    ]);
    await nextPoll();
    expect(server.requests.at(-1)).toEqual({ offset: 9, lines: 1000, etag: 'v1@9:10' });
    expect(poller.getSnapshot().data).toBe(view);
    server.state.log = numbered(15);
    await nextPoll();
    expect(lines()).toEqual(server.state.log);
    expect(poller.getSnapshot().data).toMatchObject({ count: 15 });
  });

  it('stays exact while the writer flushes in batches of 100', async () => {
    const full = numbered(1234);
    const server = fakeServer([]);
    const { lines } = start(server.fetchPage);
    await flush();
    for (let flushed = 0; flushed < full.length; flushed += 100) {
      server.state.log = full.slice(0, flushed);
      await nextPoll();
      expect(lines()).toEqual(server.state.log);
    }
    server.state.log = full;
    await nextPoll();
    expect(lines()).toEqual(full);
  });

  it('reloads from the start and says so when the log shrinks', async () => {
    const server = fakeServer(numbered(300));
    const { poller, lines } = start(server.fetchPage);
    await flush();
    server.state.log = numbered(20, 0, 'rotated');
    await nextPoll();
    expect(lines()).toEqual(server.state.log);
    expect(poller.getSnapshot().data).toMatchObject({ count: 20, reset: 'shrunk', complete: true });
  });

  it('stops reloading at once when the log is replaced faster than it can be read', async () => {
    let requests = 0;
    const fetchPage: LogPageFetcher = async (request) => {
      requests++;
      // Every answer comes from a different generation of the log.
      const log = numbered(2500, 0, `gen${requests}`);
      const lines = log.slice(request.offset, request.offset + request.lines);
      return { kind: 'ok', data: { lines, total_lines: log.length, offset: request.offset, has_more: true } };
    };
    const { poller } = start(fetchPage);
    await flush();
    expect(requests).toBe(6);
    expect(poller.getSnapshot().data).toMatchObject({ reset: 'rewritten', complete: true });
  });

  it('keeps the pages already read when a later page fails, and continues from there', async () => {
    const server = fakeServer(numbered(2500));
    let calls = 0;
    const flaky: LogPageFetcher = (request, options) =>
      ++calls === 2
        ? Promise.resolve<FetchOutcome<LogSlice>>({
            kind: 'failure',
            error: { kind: 'http', message: '503', status: 503 },
          })
        : server.fetchPage(request, options);
    const { poller, lines } = start(flaky);
    await flush();
    expect(poller.getSnapshot().state).toBe('reconnecting');
    expect(lines()).toHaveLength(1000);
    await nextPoll();
    expect(lines()).toEqual(server.state.log);
  });

  it('never applies an answer that arrives after its request was aborted', async () => {
    const server = fakeServer(numbered(50));
    let release!: () => void;
    const slow: LogPageFetcher = async (request, options) => {
      await new Promise<void>((resolve) => (release = resolve));
      return server.fetchPage(request, options);
    };
    const { poller, lines } = start(slow);
    await flush();
    poller.pause();
    release();
    await flush();
    expect(lines()).toHaveLength(0);
  });

  it('completes a half-written line in place', async () => {
    const server = fakeServer(['first', 'sec']);
    const { lines } = start(server.fetchPage);
    await flush();
    server.state.log = ['first', 'second', 'third'];
    server.state.generation = 'v2';
    await nextPoll();
    expect(lines()).toEqual(['first', 'second', 'third']);
  });

  it('a last line completed in place, with nothing after it, is a new view (the row is drawn again)', async () => {
    const server = fakeServer(['first', 'sec']);
    const { poller } = start(server.fetchPage);
    await flush();
    const before = poller.getSnapshot().data;
    server.state.log = ['first', 'second'];
    server.state.generation = 'v2';
    await nextPoll();
    const after = poller.getSnapshot().data;
    expect(after).not.toBe(before);
    expect(after?.count).toBe(2);
    expect(after?.lines.get(1)).toBe('second');
  });
});
