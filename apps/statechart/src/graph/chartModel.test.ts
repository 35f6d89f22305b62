// @vitest-environment node
import { pollerMachine } from '@vpo-live/poller';
import { describe, expect, it } from 'vitest';
import { createMachine } from 'xstate';
import { buildChartModel } from './chartModel.ts';
import { fixtureMachine } from './fixtureMachine.ts';
import { readMachine } from './readMachine.ts';

const poller = buildChartModel(readMachine(pollerMachine));
const texts = (lines: readonly { text: string }[] | undefined) => (lines ?? []).map((line) => line.text);
const edgesWith = (text: string) => poller.edges.filter((edge) => texts(edge.lines).includes(text));

describe('buildChartModel (what the chart draws)', () => {
  it('draws a transition every child of a parent has alike once, from the parent', () => {
    const machine = createMachine({
      id: 'm',
      initial: 'a',
      states: {
        a: {
          initial: 'x',
          states: { x: { on: { PING: '#m.b', NEXT: 'y' } }, y: { on: { PING: '#m.b' } } },
        },
        b: {},
      },
    });
    const model = buildChartModel(readMachine(machine));
    const ping = model.edges.filter((edge) => texts(edge.lines).includes('PING'));
    expect(ping.map((edge) => [edge.sourceId, edge.targetId])).toEqual([['m.a', 'm.b']]);
    // It stands for both children's transitions, so taking either highlights it.
    expect(ping[0]?.lines[0]?.transitionIds).toHaveLength(2);
    // A transition only one child has stays on that child.
    expect(model.edges.find((edge) => texts(edge.lines).includes('NEXT'))?.sourceId).toBe('m.a.x');
  });

  it('draws the poller’s refresh once from each polling state’s border', () => {
    const refresh = edgesWith('USER.REFRESH').filter((edge) => edge.sourceId.startsWith('poller.connected'));
    expect(refresh.map((edge) => [edge.sourceId, edge.targetId])).toEqual([
      ['poller.connected', 'poller.connected.fetching'],
    ]);
  });

  it('draws a transition defined on a parent once, from its border, not once per child', () => {
    const hidden = edgesWith('VISIBILITY.HIDDEN').filter((edge) => edge.targetId === 'poller.paused');
    expect(hidden.map((edge) => edge.sourceId)).toEqual(['poller']);
  });

  it('lists what stays in its state inside the state, as no arrow', () => {
    expect(texts(poller.inner.get('poller.connected.waiting'))).toContain(
      'CONNECTION.HOLD [holdsPastNextPoll] ↻',
    );
    expect(poller.edges.every((edge) => edge.sourceId !== edge.targetId)).toBe(true);
    const fixture = buildChartModel(readMachine(fixtureMachine));
    expect(texts(fixture.inner.get('fixture.idle'))).toEqual(['TICK']);
    expect(texts(fixture.inner.get('fixture.working.side.left'))).toEqual(['GO ↻']);
  });

  it('lists the exits of a choice state inside it, each naming its target', () => {
    const lines = texts(poller.inner.get('poller.paused.resuming'));
    expect(lines).toContain('always [cameFrom(error)] → error');
    expect(lines.at(-1)).toBe('always → idle');
    expect(poller.edges.some((edge) => edge.sourceId === 'poller.paused.resuming')).toBe(false);
  });

  it('sends the fetch outcomes every fetching state shares through one junction', () => {
    expect(poller.junctions).toHaveLength(1);
    const junction = poller.junctions[0];
    expect(junction?.sourceIds).toEqual(
      expect.arrayContaining([
        'poller.connected.fetching',
        'poller.error.fetching',
        'poller.reconnecting.fetching',
      ]),
    );
    expect(edgesWith('FETCH.RATE_LIMITED').map((edge) => edge.sourceId)).toContain(junction?.id);
  });

  it('draws every transition of the definition exactly once', () => {
    for (const model of [poller, buildChartModel(readMachine(fixtureMachine))]) {
      const drawn = [
        ...model.edges.flatMap((edge) => edge.lines.flatMap((line) => line.transitionIds)),
        ...[...model.inner.values()].flatMap((lines) => lines.flatMap((line) => line.transitionIds)),
      ];
      // A multi-target transition is one line per target; every other one is exactly one line.
      const multi = new Set(
        model.definition.transitions.filter((t) => t.targetIds.length > 1).map((t) => t.id),
      );
      for (const transition of model.definition.transitions) {
        const count = drawn.filter((id) => id === transition.id).length;
        expect(count, transition.id).toBe(multi.has(transition.id) ? transition.targetIds.length : 1);
      }
    }
  });
});
