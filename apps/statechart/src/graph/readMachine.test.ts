// @vitest-environment node
import { pollerMachine } from '@vpo-live/poller';
import type { AnyStateMachine, AnyStateNode } from 'xstate';
import { getStateNodes, toDirectedGraph, type DirectedGraphNode } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { fixtureMachine } from './fixtureMachine.ts';
import { readMachine } from './readMachine.ts';

/**
 * Every transition of a machine as `source|event|target`, enumerated through xstate/graph's directed graph
 * (`on` and `after`, one edge per target, a targetless transition pointing back at its source) plus each
 * state node's eventless `always` list, which the directed graph leaves out.
 */
function expectedTransitions(machine: AnyStateMachine): string[] {
  const keys: string[] = [];
  const walk = (node: DirectedGraphNode) => {
    for (const edge of node.edges)
      keys.push(`${edge.source.id}|${edge.transition.eventType}|${edge.target.id}`);
    node.children.forEach(walk);
  };
  walk(toDirectedGraph(machine));
  for (const node of [machine.root, ...getStateNodes(machine.root)] as AnyStateNode[]) {
    for (const t of node.always ?? []) {
      for (const target of t.target ?? [node]) keys.push(`${node.id}|${t.eventType}|${target.id}`);
    }
  }
  return keys.sort();
}

function readTransitions(machine: AnyStateMachine): string[] {
  return readMachine(machine)
    .transitions.flatMap((t) =>
      (t.targetIds.length > 0 ? t.targetIds : [t.sourceId]).map(
        (target) => `${t.sourceId}|${t.eventType}|${target}`,
      ),
    )
    .sort();
}

describe('readMachine', () => {
  it.each([
    ['poller', pollerMachine],
    ['fixture', fixtureMachine],
  ] as const)('reads every state node of the %s machine, root first', (_name, machine) => {
    const definition = readMachine(machine);
    const expected = [machine.root, ...getStateNodes(machine.root)].map((node) => node.id);
    expect(definition.states.map((state) => state.id).sort()).toEqual([...expected].sort());
    expect(definition.states[0]?.id).toBe(machine.root.id);
    expect(definition.rootId).toBe(machine.root.id);
  });

  it.each([
    ['poller', pollerMachine],
    ['fixture', fixtureMachine],
  ] as const)(
    'reads every transition of the %s machine: events, after delays and always',
    (_name, machine) => {
      const expected = expectedTransitions(machine);
      expect(expected.length).toBeGreaterThan(5);
      expect(readTransitions(machine)).toEqual(expected);
    },
  );

  it('gives every transition a unique, stable id', () => {
    const ids = readMachine(pollerMachine).transitions.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(readMachine(pollerMachine).transitions.map((t) => t.id)).toEqual(ids);
  });

  it('names after transitions by their delay (by name, or in ms) and eventless ones "always"', () => {
    const { transitions } = readMachine(fixtureMachine);
    const labels = transitions.map((t) => t.eventLabel);
    expect(labels).toContain('after slowDelay');
    expect(labels).toContain('after 1000 ms');
    expect(transitions.find((t) => t.trigger === 'always')?.eventLabel).toBe('always');

    const poller = readMachine(pollerMachine).transitions.filter((t) => t.trigger === 'after');
    // retryDelay twice: reconnecting waits it, and so does throttled (the server's Retry-After).
    expect(poller.map((t) => t.eventLabel).sort()).toEqual([
      'after backoffDelay',
      'after pollDelay',
      'after retryDelay',
      'after retryDelay',
    ]);
  });

  it('describes guards: named, parameterized and combined', () => {
    const guards = readMachine(fixtureMachine).transitions.map((t) => t.guard);
    expect(guards).toContain('isReady');
    expect(guards).toContain('hasRoom(2)');
    expect(guards).toContain('and(isReady, not(isReady))');
    const pollerGuards = readMachine(pollerMachine).transitions.map((t) => t.guard);
    expect(pollerGuards).toContain('reachesErrorThreshold');
    expect(pollerGuards).toContain('cameFrom(connected)');
  });

  it('records state kinds, initial children, history, targetless and re-entering transitions', () => {
    const definition = readMachine(fixtureMachine);
    const state = (id: string) => definition.states.find((s) => s.id === id);
    expect(state('fixture')?.initialId).toBe('fixture.idle');
    expect(state('fixture.working')?.type).toBe('parallel');
    expect(state('fixture.working.busy.hist')).toMatchObject({ type: 'history', history: 'deep' });
    expect(state('fixture.done')?.type).toBe('final');
    const tick = definition.transitions.find((t) => t.sourceId === 'fixture.idle' && t.eventType === 'TICK');
    expect(tick?.targetIds).toEqual([]);
    expect(definition.transitions.find((t) => t.reenter)?.sourceId).toBe('fixture.working.side.left');
  });

  it('lists what each state invokes and its tags', () => {
    const fixture = readMachine(fixtureMachine).states.find((s) => s.id === 'fixture.working.busy.one');
    expect(fixture).toMatchObject({ invokes: ['loader'], tags: ['busy'] });
    const definition = readMachine(pollerMachine);
    for (const node of [pollerMachine.root, ...getStateNodes(pollerMachine.root)]) {
      const state = definition.states.find((s) => s.id === node.id);
      expect(state?.invokes).toEqual(node.invoke.map((invoke) => invoke.id));
      expect(state?.tags).toEqual(node.tags);
    }
  });
});
