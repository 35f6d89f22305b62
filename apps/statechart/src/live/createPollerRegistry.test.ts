// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { disposeOf, heartbeatOf, sourceOf, stepOf } from '@vpo-live/poller-debug/testing';
import { createPollerRegistry } from './createPollerRegistry.ts';

describe('createPollerRegistry', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: 10_000 });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('lists a poller from its first step, with its latest state', () => {
    const registry = createPollerRegistry();
    registry.receive(stepOf(sourceOf(1), 0, { value: 'idle' }));
    registry.receive(stepOf(sourceOf(1), 1, { value: { connected: 'waiting' } }));
    const [entry] = registry.list();
    expect(entry).toMatchObject({ status: 'live', goneReason: null, latest: { seq: 1 } });
    expect(entry?.steps.map((s) => s.seq)).toEqual([0, 1]);
  });

  it('marks a poller gone when its page stays silent for goneAfterMs, checked by its own timer', () => {
    const registry = createPollerRegistry({ goneAfterMs: 5000, sweepMs: 1000 });
    registry.start();
    registry.receive(stepOf(sourceOf(1), 0));
    vi.advanceTimersByTime(4000);
    expect(registry.get('page-1/x:1')?.status).toBe('live');
    vi.advanceTimersByTime(1000);
    expect(registry.get('page-1/x:1')).toMatchObject({ status: 'gone', goneReason: 'silent' });
    registry.stop();
  });

  it('keeps a poller live while heartbeats name it, and revives a silent one that is heard again', () => {
    const registry = createPollerRegistry({ goneAfterMs: 3000 });
    registry.start();
    registry.receive(stepOf(sourceOf(1), 0));
    for (let i = 0; i < 10; i += 1) {
      vi.advanceTimersByTime(1000);
      registry.receive(heartbeatOf('page-1', ['page-1/x:1']));
    }
    expect(registry.get('page-1/x:1')?.status).toBe('live');
    vi.advanceTimersByTime(4000);
    expect(registry.get('page-1/x:1')?.goneReason).toBe('silent');
    registry.receive(heartbeatOf('page-1', ['page-1/x:1']));
    expect(registry.get('page-1/x:1')?.status).toBe('live');
    registry.stop();
  });

  it('marks a disposed poller gone for good', () => {
    const registry = createPollerRegistry();
    registry.receive(stepOf(sourceOf(1), 0));
    registry.receive(disposeOf(sourceOf(1)));
    expect(registry.get('page-1/x:1')).toMatchObject({ status: 'gone', goneReason: 'disposed' });
    registry.receive(heartbeatOf('page-1', ['page-1/x:1']));
    expect(registry.get('page-1/x:1')?.status).toBe('gone');
  });

  it('stops checking after stop()', () => {
    const registry = createPollerRegistry({ goneAfterMs: 1000 });
    registry.start();
    registry.stop();
    registry.receive(stepOf(sourceOf(1), 0));
    vi.advanceTimersByTime(10_000);
    expect(registry.get('page-1/x:1')?.status).toBe('live');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('asks for discovery when a heartbeat names a poller it has not seen', () => {
    const registry = createPollerRegistry();
    expect(registry.receive(heartbeatOf('page-1', ['page-1/x:9']))).toBe(true);
    registry.receive(stepOf(sourceOf(9), 3));
    expect(registry.receive(heartbeatOf('page-1', ['page-1/x:9']))).toBe(false);
  });

  it('lists live pollers before gone ones', () => {
    const registry = createPollerRegistry();
    registry.receive(stepOf(sourceOf(1), 0));
    registry.receive(stepOf(sourceOf(2), 0));
    registry.receive(disposeOf(sourceOf(1)));
    expect(registry.list().map((e) => e.source.pollerId)).toEqual(['page-1/x:2', 'page-1/x:1']);
  });

  it('bounds each poller’s log, the trace and the number of pollers however long it runs', () => {
    const registry = createPollerRegistry({ stepsPerPoller: 20, traceCapacity: 50, maxPollers: 5 });
    for (let poller = 0; poller < 40; poller += 1) {
      for (let seq = 0; seq < 100; seq += 1) registry.receive(stepOf(sourceOf(poller), seq));
      if (poller % 2 === 0) registry.receive(disposeOf(sourceOf(poller)));
      vi.advanceTimersByTime(10);
    }
    const list = registry.list();
    expect(list).toHaveLength(5);
    for (const entry of list) {
      expect(entry.steps).toHaveLength(20);
      expect(entry.evictedSteps).toBe(80);
    }
    expect(registry.trace()).toHaveLength(50);
    expect(list.map((e) => e.source.pollerId)).toContain('page-1/x:39');
  });

  it('does not log a repeated step twice (a discover answer repeats the latest)', () => {
    const registry = createPollerRegistry();
    registry.receive(stepOf(sourceOf(1), 4));
    registry.receive(stepOf(sourceOf(1), 4));
    expect(registry.get('page-1/x:1')?.steps).toHaveLength(1);
    expect(registry.trace()).toHaveLength(1);
  });

  it('sums what pages report dropping, and notifies subscribers of changes', () => {
    const registry = createPollerRegistry();
    const listener = vi.fn();
    const unsubscribe = registry.subscribe(listener);
    registry.receive(heartbeatOf('a', [], 0, 3));
    registry.receive(heartbeatOf('b', [], 0, 4));
    registry.receive(heartbeatOf('a', [], 0, 5));
    expect(registry.droppedByPages()).toBe(9);
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    registry.clear();
    expect(listener).toHaveBeenCalledTimes(3);
    expect(registry.list()).toEqual([]);
  });
});
