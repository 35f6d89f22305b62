import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPoller } from './createPoller.ts';
import { createFakeDocument } from './testing/createFakeDocument.ts';
import { createFakeWindow } from './testing/createFakeWindow.ts';
import { flushMicrotasks, TEST_CONFIG } from './test-support/createHarness.ts';
import type { FetchContext, FetchOutcome } from './types.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A log served in pages of `pageSize` lines from `offset`, with an ETag that names the page it describes. */
function createLogServer(total: number, pageSize: number) {
  const lines = Array.from({ length: total }, (_, i) => `line ${i}`);
  const requests: { offset: number; etag: string | null }[] = [];
  const held: string[] = [];
  const fetch = async ({ etag }: FetchContext): Promise<FetchOutcome<{ held: number }>> => {
    const offset = held.length;
    requests.push({ offset, etag });
    const tag = `"${offset}.${lines.length}"`;
    if (etag === tag) return { kind: 'not-modified' };
    const page = lines.slice(offset, offset + pageSize);
    held.push(...page);
    return { kind: 'ok', data: { held: held.length }, etag: tag, more: held.length < lines.length };
  };
  return { lines, held, requests, fetch };
}

describe('paging through the engine', () => {
  it('reads a 5,000-line backlog in pages at once, with no gap or duplicate, then revalidates with the ETag', async () => {
    const log = createLogServer(5000, 1000);
    const poller = createPoller({
      fetch: log.fetch,
      config: TEST_CONFIG,
      env: { document: createFakeDocument('visible'), window: createFakeWindow(true) },
    });
    // Five pages without the clock moving: each answer that says `more` is followed by the next request.
    for (let i = 0; i < 20 && log.held.length < 5000; i += 1) await Promise.resolve();
    await flushMicrotasks();
    expect(log.held).toEqual(log.lines);
    expect(log.requests.map((r) => r.offset)).toEqual([0, 1000, 2000, 3000, 4000]);
    // A page followed by more never sends its ETag for the next page.
    expect(log.requests.map((r) => r.etag)).toEqual([null, null, null, null, null]);
    expect(poller.getSnapshot()).toMatchObject({ state: 'connected', data: { held: 5000 } });

    vi.advanceTimersByTime(TEST_CONFIG.interval);
    await flushMicrotasks();
    expect(log.requests.at(-1)).toEqual({ offset: 5000, etag: '"4000.5000"' });
    // The server's tag names the page, so the last page's tag does not match the next offset: one 200, then 304s.
    vi.advanceTimersByTime(TEST_CONFIG.interval);
    await flushMicrotasks();
    expect(log.requests.at(-1)).toEqual({ offset: 5000, etag: '"5000.5000"' });
    expect(poller.getSnapshot()).toMatchObject({ state: 'connected', data: { held: 5000 } });

    log.lines.push('line 5000');
    vi.advanceTimersByTime(TEST_CONFIG.interval);
    await flushMicrotasks();
    expect(log.held.at(-1)).toBe('line 5000');
    expect(new Set(log.held).size).toBe(log.held.length);
    poller.dispose();
  });

  it('keeps reading pages while polling is disabled by the host, still paused', async () => {
    const log = createLogServer(2500, 1000);
    const poller = createPoller({
      fetch: log.fetch,
      config: { ...TEST_CONFIG, enabled: false },
      env: { document: createFakeDocument('visible'), window: createFakeWindow(true) },
    });
    expect(log.requests).toHaveLength(0);
    poller.refresh();
    for (let i = 0; i < 20 && log.held.length < 2500; i += 1) await Promise.resolve();
    expect(log.held).toEqual(log.lines);
    expect(poller.getSnapshot().state).toBe('paused');
    poller.dispose();
  });

  it('stops on a 304 that confirms the data is now final (a log whose job has finished)', async () => {
    let finished = false;
    const log = createLogServer(10, 1000);
    const poller = createPoller({
      fetch: log.fetch,
      config: TEST_CONFIG,
      isTerminal: () => finished,
      env: { document: createFakeDocument('visible'), window: createFakeWindow(true) },
    });
    await flushMicrotasks();
    vi.advanceTimersByTime(TEST_CONFIG.interval);
    await flushMicrotasks();
    finished = true;
    poller.refresh();
    await flushMicrotasks();
    expect(log.requests.at(-1)?.etag).not.toBeNull();
    expect(poller.getSnapshot()).toMatchObject({ state: 'terminal', terminalReason: 'finished' });
    poller.dispose();
  });
});
