// @vitest-environment node
import { createPoller, type PollingConfig } from '@vpo-live/poller';
import { createControlledFetcher, createFakeDocument, createFakeWindow } from '@vpo-live/poller/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  INSPECTION_CHANNEL,
  type DisposeMessage,
  type HeartbeatMessage,
  type InspectionMessage,
  type StepMessage,
} from '../protocol/inspectionMessage.ts';
import { parseInspectionMessage } from '../protocol/parseInspectionMessage.ts';
import { createFakeChannelHub, type FakeChannelHub } from '@vpo-live/poller/testing';
import { createInspectionPublisher } from './createInspectionPublisher.ts';

const config: PollingConfig = { interval: 2000, enabled: true };

function messages(hub: FakeChannelHub): InspectionMessage[] {
  return hub.posted(INSPECTION_CHANNEL).map((raw) => {
    const parsed = parseInspectionMessage(raw);
    if (!parsed) throw new Error(`not a protocol message: ${JSON.stringify(raw)}`);
    return parsed;
  });
}
const steps = (hub: FakeChannelHub) => messages(hub).filter((m): m is StepMessage => m.kind === 'step');
const heartbeats = (hub: FakeChannelHub) =>
  messages(hub).filter((m): m is HeartbeatMessage => m.kind === 'heartbeat');
const disposals = (hub: FakeChannelHub) =>
  messages(hub).filter((m): m is DisposeMessage => m.kind === 'dispose');

function setupPoller(hub: FakeChannelHub, options: { maxMessagesPerSecond?: number } = {}) {
  const publisher = createInspectionPublisher({
    createChannel: hub.factory,
    pageId: 'page-1',
    page: '/jobs?status=running',
    ...options,
  });
  const server = createControlledFetcher<unknown>();
  const poller = createPoller({
    fetch: server.fetch,
    config,
    name: 'job-list',
    inspect: publisher.inspect,
    env: { document: createFakeDocument(), window: createFakeWindow(), now: () => Date.now() },
  });
  return { publisher, server, poller };
}

describe('createInspectionPublisher with a real poller', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 1_000_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('posts the first step, then one step per settled event with the state, context and transitions', async () => {
    const hub = createFakeChannelHub();
    const { server, poller, publisher } = setupPoller(hub);
    const [first] = steps(hub);
    expect(first).toMatchObject({
      seq: 0,
      event: { type: 'xstate.init' },
      value: 'idle',
      status: 'active',
      source: { pageId: 'page-1', page: '/jobs?status=running', resource: 'job-list' },
    });
    expect(first?.source.pollerId).toMatch(/^page-1\//);

    server.last().resolve({ kind: 'ok', data: { jobs: Array.from({ length: 500 }, (_, id) => ({ id })) } });
    await vi.advanceTimersByTimeAsync(0);
    const ok = steps(hub).find((s) => s.event.type === 'FETCH.OK');
    expect(ok).toMatchObject({
      value: { connected: 'waiting' },
      tags: ['scheduled'],
      context: { errorCount: 0, delayMs: 2000 },
    });
    expect(steps(hub)[0]?.tags).toEqual(['fetching']);
    expect(ok?.transitions).toContainEqual({
      source: 'poller.idle',
      eventType: 'FETCH.OK',
      targets: ['poller.connected.waiting'],
    });
    // The response body is summarized, never copied onto the channel.
    expect(ok?.context.data).toBe('[object, 1 keys]');
    expect(ok?.event.detail).toMatchObject({ data: '[object, 1 keys]' });
    expect(steps(hub).map((s) => s.seq)).toEqual(steps(hub).map((_, i) => i));

    poller.dispose();
    publisher.dispose();
  });

  it('shows failures counting up into reconnecting, with the error in context', async () => {
    const hub = createFakeChannelHub();
    const { server, poller, publisher } = setupPoller(hub);
    server.last().resolve({ kind: 'failure', error: { kind: 'network', message: 'Failed to fetch' } });
    await vi.advanceTimersByTimeAsync(0);
    const failure = steps(hub).at(-1);
    expect(failure).toMatchObject({
      event: { type: 'FETCH.FAILURE', detail: { error: { kind: 'network', message: 'Failed to fetch' } } },
      value: { reconnecting: 'waiting' },
      context: { errorCount: 1, error: { kind: 'network' } },
    });
    await vi.advanceTimersByTimeAsync(2000);
    expect(steps(hub).at(-1)).toMatchObject({ value: { reconnecting: 'fetching' } });
    poller.dispose();
    publisher.dispose();
  });

  it('sends a heartbeat every second while pollers live, and a dispose when one stops', async () => {
    const hub = createFakeChannelHub();
    const { poller, publisher } = setupPoller(hub);
    const pollerId = steps(hub)[0]?.source.pollerId;
    await vi.advanceTimersByTimeAsync(3000);
    expect(heartbeats(hub)).toHaveLength(3);
    expect(heartbeats(hub)[0]).toMatchObject({ pageId: 'page-1', pollerIds: [pollerId], dropped: 0 });

    poller.dispose();
    expect(steps(hub).at(-1)).toMatchObject({ status: 'stopped', event: { type: 'xstate.stop' } });
    expect(disposals(hub).map((d) => d.source.pollerId)).toEqual([pollerId]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(heartbeats(hub)).toHaveLength(3);
    publisher.dispose();
    expect(hub.open()).toBe(0);
  });

  it('answers a reader’s discover with each live poller’s latest step', () => {
    const hub = createFakeChannelHub();
    const { poller, publisher } = setupPoller(hub);
    const before = steps(hub).length;
    hub.broadcast(INSPECTION_CHANNEL, { v: 1, kind: 'discover', at: 0 });
    expect(steps(hub)).toHaveLength(before + 1);
    expect(steps(hub).at(-1)).toEqual(steps(hub)[before - 1]);
    expect(heartbeats(hub)).toHaveLength(1);
    poller.dispose();
    publisher.dispose();
  });

  it('tells several pollers on one page apart by their names', () => {
    const hub = createFakeChannelHub();
    const publisher = createInspectionPublisher({ createChannel: hub.factory, pageId: 'p' });
    const env = { document: createFakeDocument(), window: createFakeWindow() };
    const fetcher = createControlledFetcher<unknown>();
    const job = createPoller({
      fetch: fetcher.fetch,
      config,
      name: 'job:1',
      inspect: publisher.inspect,
      env,
    });
    const log = createPoller({
      fetch: fetcher.fetch,
      config,
      name: 'job-log:1',
      inspect: publisher.inspect,
      env,
    });
    const sources = new Map(steps(hub).map((s) => [s.source.pollerId, s.source.resource]));
    expect([...sources.values()].sort()).toEqual(['job-log:1', 'job:1']);
    job.dispose();
    log.dispose();
    publisher.dispose();
  });

  it('on dispose, announces every poller still known as gone and ignores later events', () => {
    const hub = createFakeChannelHub();
    const { poller, publisher } = setupPoller(hub);
    publisher.dispose();
    expect(disposals(hub)).toHaveLength(1);
    const count = hub.posted(INSPECTION_CHANNEL).length;
    poller.refresh();
    poller.dispose();
    expect(hub.posted(INSPECTION_CHANNEL)).toHaveLength(count);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('createInspectionPublisher bounds', () => {
  const rootEvent = (n: number) => ({
    type: '@xstate.snapshot',
    rootId: 'x:0',
    actorRef: { sessionId: 'x:0', id: 'job-list' },
    event: { type: 'TICK', n },
    snapshot: { value: 'idle', status: 'active', context: { n } },
  });

  it('posts at most maxMessagesPerSecond and counts the rest in its heartbeat', () => {
    vi.useFakeTimers({ now: 0 });
    const hub = createFakeChannelHub();
    const publisher = createInspectionPublisher({ createChannel: hub.factory, maxMessagesPerSecond: 5 });
    for (let n = 0; n < 100; n += 1) publisher.inspect(rootEvent(n));
    expect(steps(hub)).toHaveLength(5);
    vi.advanceTimersByTime(1000);
    expect(heartbeats(hub)[0]?.dropped).toBe(95);
    for (let n = 0; n < 3; n += 1) publisher.inspect(rootEvent(n));
    expect(steps(hub)).toHaveLength(8);
    publisher.dispose();
    vi.useRealTimers();
  });

  it('ignores child actors and anything that is not an inspection event', () => {
    const hub = createFakeChannelHub();
    const publisher = createInspectionPublisher({ createChannel: hub.factory });
    publisher.inspect({ ...rootEvent(1), actorRef: { sessionId: 'x:1', id: 'fetch' } });
    publisher.inspect({ type: '@xstate.event', rootId: 'x:0', actorRef: { sessionId: 'x:0' }, event: {} });
    for (const junk of [null, 42, 'x', { type: '@xstate.snapshot' }]) publisher.inspect(junk);
    expect(hub.posted(INSPECTION_CHANNEL)).toHaveLength(0);
    publisher.dispose();
  });

  it('keeps only bounded plain JSON from a hostile context', () => {
    const hub = createFakeChannelHub();
    const publisher = createInspectionPublisher({ createChannel: hub.factory, maxMessagesPerSecond: 1000 });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    publisher.inspect({
      ...rootEvent(1),
      snapshot: {
        value: 'idle',
        status: 'active',
        context: { cyclic, fn: () => 1, big: 'x'.repeat(10_000) },
      },
    });
    const [step] = steps(hub);
    expect(step?.context).toEqual({ cyclic: { self: '[circular]' }, big: `${'x'.repeat(500)}…` });
    publisher.dispose();
  });

  it('does nothing where the browser has no BroadcastChannel', () => {
    const saved = globalThis.BroadcastChannel;
    // @ts-expect-error: simulating a browser without BroadcastChannel
    delete globalThis.BroadcastChannel;
    try {
      const publisher = createInspectionPublisher();
      expect(() => publisher.inspect(rootEvent(1))).not.toThrow();
      publisher.dispose();
    } finally {
      globalThis.BroadcastChannel = saved;
    }
  });
});
