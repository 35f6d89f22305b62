import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHarness, job } from './test-support/createHarness.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('a keyed resource', () => {
  it('asks for the key it polls, and switches to another at once', async () => {
    const h = createHarness({ key: 'status=running' });
    expect(h.server.last().context.key).toBe('status=running');
    await h.respond({ kind: 'ok', data: job('running') });
    h.poller.setKey('status=failed');
    await h.flush();
    expect(h.server.calls).toHaveLength(2);
    expect(h.server.last().context.key).toBe('status=failed');
  });

  it('keeps the previous data as a placeholder until the new key answers', async () => {
    const h = createHarness({ key: 'a' });
    const a = job('running', { id: 'a' });
    await h.respond({ kind: 'ok', data: a });
    h.poller.setKey('b');
    await h.flush();
    expect(h.snapshot()).toMatchObject({ key: 'b', data: a, isPlaceholder: true, isFetching: true });
    const b = job('queued', { id: 'b' });
    await h.respond({ kind: 'ok', data: b });
    expect(h.snapshot()).toMatchObject({ key: 'b', data: b, isPlaceholder: false, state: 'connected' });
  });

  it('never applies a response for an old key, even one that arrives after the switch', async () => {
    const h = createHarness({ key: 'a' });
    const old = h.server.last();
    h.poller.setKey('b');
    await h.flush();
    expect(old.context.signal.aborted).toBe(true);
    // A server that answers anyway, late: nothing of it reaches the poller.
    old.resolve({ kind: 'ok', data: job('completed', { id: 'a', terminal: true }) });
    await h.flush();
    expect(h.snapshot()).toMatchObject({ key: 'b', data: undefined, state: 'idle', isFetching: true });
    const b = job('running', { id: 'b' });
    await h.respond({ kind: 'ok', data: b });
    expect(h.snapshot().data).toBe(b);
  });

  it('keeps an ETag per key, and shows a recent key’s data at once when coming back to it', async () => {
    const h = createHarness({ key: 'a' });
    const a = job('running', { id: 'a' });
    await h.respond({ kind: 'ok', data: a, etag: '"A"' });
    h.poller.setKey('b');
    await h.flush();
    expect(h.server.last().context.etag).toBeNull();
    await h.respond({ kind: 'ok', data: job('queued', { id: 'b' }), etag: '"B"' });
    h.poller.setKey('a');
    await h.flush();
    expect(h.snapshot()).toMatchObject({ key: 'a', data: a, isPlaceholder: false, isFetching: true });
    expect(h.server.last().context.etag).toBe('"A"');
    await h.respond({ kind: 'not-modified' });
    expect(h.snapshot()).toMatchObject({ state: 'connected', data: a });
    h.poller.setKey('b');
    await h.flush();
    expect(h.server.last().context.etag).toBe('"B"');
  });

  it('ignores a switch to the key it already polls', async () => {
    const h = createHarness({ key: 'a' });
    await h.respond({ kind: 'ok', data: job('running') });
    h.poller.setKey('a');
    await h.flush();
    expect(h.server.calls).toHaveLength(1);
  });

  it('switches while paused with one request, and stays paused', async () => {
    const h = createHarness({ key: 'a', hidden: true });
    expect(h.server.calls).toHaveLength(0);
    h.poller.setKey('b');
    await h.flush();
    expect(h.server.last().context.key).toBe('b');
    await h.respond({ kind: 'ok', data: job('running', { id: 'b' }) });
    expect(h.snapshot()).toMatchObject({ state: 'paused', key: 'b', isPlaceholder: false });
    vi.advanceTimersByTime(60_000);
    expect(h.server.calls).toHaveLength(1);
  });
});
