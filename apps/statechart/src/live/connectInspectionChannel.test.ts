// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { INSPECTION_CHANNEL } from '@vpo-live/poller-debug';
import { createFakeChannelHub } from '@vpo-live/poller/testing';
import { heartbeatOf, sourceOf, stepOf } from '@vpo-live/poller-debug/testing';
import { connectInspectionChannel } from './connectInspectionChannel.ts';
import { createPollerRegistry } from './createPollerRegistry.ts';

describe('connectInspectionChannel', () => {
  it('asks the pages for their pollers on connect and feeds valid messages to the registry', () => {
    const hub = createFakeChannelHub();
    const registry = createPollerRegistry();
    const disconnect = connectInspectionChannel({ registry, createChannel: hub.factory, now: () => 0 });
    expect(hub.posted(INSPECTION_CHANNEL)).toEqual([{ v: 1, kind: 'discover', at: 0 }]);

    hub.broadcast(INSPECTION_CHANNEL, stepOf(sourceOf(1), 0));
    hub.broadcast(INSPECTION_CHANNEL, { v: 1, kind: 'step', source: 'nonsense' });
    hub.broadcast(INSPECTION_CHANNEL, '<img src=x onerror=alert(1)>');
    expect(registry.list().map((e) => e.source.pollerId)).toEqual(['page-1/x:1']);
    disconnect?.();
    expect(hub.open()).toBe(0);
  });

  it('asks again, at most once a second, when a heartbeat names an unknown poller', () => {
    const hub = createFakeChannelHub();
    let now = 0;
    connectInspectionChannel({
      registry: createPollerRegistry(),
      createChannel: hub.factory,
      now: () => now,
    });
    now = 2000;
    hub.broadcast(INSPECTION_CHANNEL, heartbeatOf('p', ['p/x:1']));
    now = 2500;
    hub.broadcast(INSPECTION_CHANNEL, heartbeatOf('p', ['p/x:1']));
    expect(
      hub.posted(INSPECTION_CHANNEL).filter((m) => (m as { kind: string }).kind === 'discover'),
    ).toHaveLength(2);
    now = 3100;
    hub.broadcast(INSPECTION_CHANNEL, heartbeatOf('p', ['p/x:1']));
    expect(hub.posted(INSPECTION_CHANNEL)).toHaveLength(3);
  });

  it('returns null where there is no BroadcastChannel', () => {
    const saved = globalThis.BroadcastChannel;
    // @ts-expect-error: simulating a browser without BroadcastChannel
    delete globalThis.BroadcastChannel;
    try {
      expect(connectInspectionChannel({ registry: createPollerRegistry() })).toBeNull();
    } finally {
      globalThis.BroadcastChannel = saved;
    }
  });
});
