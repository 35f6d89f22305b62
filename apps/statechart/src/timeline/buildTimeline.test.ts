import { sourceOf, stepOf } from '@vpo-live/poller-debug/testing';
import type { JsonValue, StepMessage } from '@vpo-live/poller-debug';
import { describe, expect, it } from 'vitest';
import type { PollerEntry } from '../live/createPollerRegistry.ts';
import { buildTimeline } from './buildTimeline.ts';

function entry(n: number, steps: StepMessage[], status: 'live' | 'gone' = 'live'): PollerEntry {
  return {
    source: sourceOf(n, { pageId: `page-${n}`, pollerId: `page-${n}/x:1` }),
    firstSeenAt: steps[0]?.at ?? 0,
    lastSeenAt: steps.at(-1)?.at ?? 0,
    status,
    goneReason: status === 'gone' ? 'disposed' : null,
    latest: steps.at(-1) ?? null,
    steps,
    evictedSteps: 0,
  };
}

function step(
  seq: number,
  at: number,
  event: string,
  value: JsonValue,
  extra: Record<string, JsonValue> = {},
) {
  const base = stepOf(sourceOf(1), seq, { at, event, value, context: { role: 'alone', ...extra } });
  const detail: JsonValue = event.startsWith('FETCH.') ? { latencyMs: 40, at } : {};
  return { ...base, event: { type: event, detail } };
}

describe('buildTimeline', () => {
  it('turns steps into state bands, event ticks and fetches with outcome and latency', () => {
    const steps = [
      step(0, 1000, 'xstate.init', 'idle'),
      step(1, 1100, 'FETCH.OK', { connected: 'waiting' }),
      step(2, 3100, 'xstate.after.pollDelay.poller.connected.waiting', { connected: 'fetching' }),
      step(3, 3200, 'FETCH.FAILURE', { reconnecting: 'waiting' }),
    ];
    const timeline = buildTimeline([entry(1, steps)], 5000);
    const [row] = timeline.rows;
    expect(row?.bands.map((b) => [b.state, b.start, b.end, b.kind])).toEqual([
      ['idle', 1000, 1100, 'reconnecting'],
      ['connected', 1100, 3200, 'connected'],
      ['reconnecting', 3200, 5000, 'reconnecting'],
    ]);
    expect(row?.ticks.map((t) => t.seq)).toEqual([0, 1, 2, 3]);
    expect(row?.fetches.map((f) => [f.outcome, f.start, f.end, f.latencyMs, f.ok])).toEqual([
      ['OK', 1060, 1100, 40, true],
      ['FAILURE', 3160, 3200, 40, false],
    ]);
    expect([timeline.start, timeline.end]).toEqual([1000, 5000]);
  });

  it('shows roles among tabs and each hand-over between leader and follower', () => {
    const steps = [
      step(0, 0, 'xstate.init', 'idle'),
      step(1, 10, 'TABS.ROLE', 'idle', { role: 'leader' }),
      step(2, 20, 'FETCH.OK', { connected: 'waiting' }, { role: 'leader' }),
      step(3, 30, 'TABS.ROLE', { connected: 'waiting' }, { role: 'follower' }),
      step(4, 40, 'FETCH.OK', { connected: 'waiting' }, { role: 'follower' }),
    ];
    const [row] = buildTimeline([entry(1, steps, 'gone')], 100).rows;
    expect(row?.roles.map((r) => [r.role, r.start, r.end])).toEqual([
      ['alone', 0, 10],
      ['leader', 10, 30],
      ['follower', 30, 40],
    ]);
    expect(row?.handOvers).toEqual([{ at: 30, from: 'leader', to: 'follower' }]);
    expect(row?.fetches.map((f) => f.shared)).toEqual([false, true]);
  });

  it('has one row per poller of every page, and none for a poller with no steps', () => {
    const timeline = buildTimeline(
      [
        entry(1, [step(0, 0, 'xstate.init', 'idle')]),
        entry(2, [step(0, 5, 'xstate.init', 'idle')]),
        entry(3, []),
      ],
      50,
    );
    expect(timeline.rows.map((row) => row.pageId)).toEqual(['page-1', 'page-2']);
  });
});
