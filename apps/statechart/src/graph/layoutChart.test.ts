// @vitest-environment node
import { pollerMachine } from '@vpo-live/poller';
import type { AnyStateMachine } from 'xstate';
import { getStateNodes, toDirectedGraph, type DirectedGraphNode } from 'xstate/graph';
import { beforeAll, describe, expect, it } from 'vitest';
import { transitionLabel } from './chartDefinition.ts';
import { countCrossings, segmentsCross } from './countCrossings.ts';
import { fixtureMachine } from './fixtureMachine.ts';
import { foldDefinition, foldableIds } from './foldDefinition.ts';
import { layoutChart } from './layoutChart.ts';
import type { PositionedChart, PositionedState } from './positionedChart.ts';
import { readMachine } from './readMachine.ts';

const inside = (child: PositionedState, parent: PositionedState) =>
  child.x >= parent.x &&
  child.y >= parent.y &&
  child.x + child.width <= parent.x + parent.width + 0.5 &&
  child.y + child.height <= parent.y + parent.height + 0.5;

/** Transitions counted straight from the machine (xstate/graph edges per transition, plus `always`). */
function transitionCount(machine: AnyStateMachine): number {
  let count = 0;
  const walk = (node: DirectedGraphNode) => {
    count += new Set(node.edges.map((edge) => edge.transition)).size;
    node.children.forEach(walk);
  };
  walk(toDirectedGraph(machine));
  for (const node of [machine.root, ...getStateNodes(machine.root)]) count += node.always?.length ?? 0;
  return count;
}

describe.each([
  ['poller', pollerMachine],
  ['fixture', fixtureMachine],
] as const)('layoutChart (%s machine, ELK in node)', (_name, machine) => {
  const definition = readMachine(machine);
  let chart: PositionedChart;
  beforeAll(async () => {
    chart = await layoutChart({ definition });
  }, 30_000);

  it('places every state node of the machine in a box of its own', () => {
    const expected = [machine.root, ...getStateNodes(machine.root)].map((node) => node.id).sort();
    expect(chart.states.map((state) => state.id).sort()).toEqual(expected);
    for (const state of chart.states) {
      expect(state.width, state.id).toBeGreaterThan(0);
      expect(state.height, state.id).toBeGreaterThan(0);
    }
  });

  it('nests every state inside its parent, and keeps siblings apart', () => {
    const byId = new Map(chart.states.map((state) => [state.id, state]));
    for (const state of chart.states) {
      const parent = state.parentId ? byId.get(state.parentId) : undefined;
      if (parent) expect(inside(state, parent), `${state.id} inside ${parent.id}`).toBe(true);
    }
    for (const a of chart.states) {
      for (const b of chart.states) {
        if (a.id >= b.id || a.parentId !== b.parentId) continue;
        const overlap =
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });

  it('draws every transition of the machine as a label line, on a routed edge or inside its state', () => {
    const drawn = new Map<string, string>();
    const junctionIds = new Set(chart.junctions.map((junction) => junction.id));
    for (const edge of chart.edges) {
      expect(edge.points.length, edge.id).toBeGreaterThanOrEqual(2);
      // Only the arrows into a junction go unlabelled: their outcomes are labelled where they leave it.
      if (!junctionIds.has(edge.targetId)) expect(edge.label, edge.id).not.toBeNull();
      for (const line of edge.label?.lines ?? [])
        for (const id of line.transitionIds) drawn.set(id, line.text);
    }
    for (const state of chart.states) {
      for (const line of state.inner) for (const id of line.transitionIds) drawn.set(id, line.text);
    }
    expect(definition.transitions).toHaveLength(transitionCount(machine));
    for (const transition of definition.transitions) {
      expect(drawn.get(transition.id), transition.id).toContain(transitionLabel(transition));
    }
  });

  it('routes each edge from its source to its target', () => {
    const byId = new Map<string, { x: number; y: number; width: number; height: number }>(
      chart.states.map((state) => [state.id, state]),
    );
    for (const j of chart.junctions)
      byId.set(j.id, { x: j.cx - j.r, y: j.cy - j.r, width: 2 * j.r, height: 2 * j.r });
    const near = (p: { x: number; y: number }, s: { x: number; y: number; width: number; height: number }) =>
      p.x >= s.x - 1 && p.x <= s.x + s.width + 1 && p.y >= s.y - 1 && p.y <= s.y + s.height + 1;
    for (const edge of chart.edges) {
      const source = byId.get(edge.sourceId);
      const target = byId.get(edge.targetId);
      const first = edge.points[0];
      const last = edge.points.at(-1);
      if (!source || !target || !first || !last) throw new Error(`edge ${edge.id} is incomplete`);
      expect(near(first, source), `${edge.id} starts at ${edge.sourceId}`).toBe(true);
      expect(near(last, target), `${edge.id} ends at ${edge.targetId}`).toBe(true);
    }
  });

  it('marks the initial state of every compound state with a dot and an arrow to it', () => {
    const compound = definition.states.filter((state) => state.initialId !== null);
    expect(chart.initials.map((i) => [i.parentId, i.targetId]).sort()).toEqual(
      compound.map((state) => [state.id, state.initialId]).sort(),
    );
    for (const initial of chart.initials) expect(initial.points.length).toBeGreaterThanOrEqual(2);
    expect(
      chart.states
        .filter((s) => s.initial)
        .map((s) => s.id)
        .sort(),
    ).toEqual(compound.map((state) => state.initialId).sort());
  });

  it('fits everything inside the chart size', () => {
    for (const state of chart.states) {
      expect(state.x + state.width).toBeLessThanOrEqual(chart.width + 1);
      expect(state.y + state.height).toBeLessThanOrEqual(chart.height + 1);
    }
  });
});

describe('edge crossings', () => {
  it('counts two segments that cross inside both, not ones that touch or run along each other', () => {
    const p = (x: number, y: number) => ({ x, y });
    expect(segmentsCross([p(0, 0), p(10, 10)], [p(0, 10), p(10, 0)])).toBe(true);
    expect(segmentsCross([p(0, 0), p(10, 0)], [p(10, 0), p(10, 10)])).toBe(false);
    expect(segmentsCross([p(0, 0), p(10, 0)], [p(5, 0), p(15, 0)])).toBe(false);
    expect(segmentsCross([p(0, 0), p(10, 0)], [p(5, 1), p(5, 10)])).toBe(false);
  });

  it('lays the poller machine out with at most 5 crossing arrows', async () => {
    const chart = await layoutChart({ definition: readMachine(pollerMachine) });
    expect(countCrossings(chart)).toBeLessThanOrEqual(5);
  }, 30_000);
});

describe('layoutChart, folded (the overview)', () => {
  const definition = readMachine(pollerMachine);
  const folding = foldDefinition(definition, foldableIds(definition));
  let folded: PositionedChart;
  let full: PositionedChart;
  beforeAll(async () => {
    [folded, full] = await Promise.all([layoutChart(folding), layoutChart({ definition })]);
  }, 30_000);

  it('still shows every state: a folded one as a box, its children as a row of small boxes inside it', () => {
    expect(folded.states.map((s) => s.id).sort()).toEqual(definition.states.map((s) => s.id).sort());
    const byId = new Map(folded.states.map((s) => [s.id, s]));
    for (const chip of folded.states.filter((s) => s.chip)) {
      const parent = byId.get(chip.parentId ?? '');
      expect(parent && inside(chip, parent), `${chip.id} inside its folded parent`).toBe(true);
      expect(folding.folded.has(chip.parentId ?? '')).toBe(true);
    }
    const chips = folded.states.filter((s) => s.chip && s.parentId === 'poller.paused');
    expect(chips.map((c) => c.key)).toEqual(['stopped', 'refreshing', 'resuming']);
    for (let i = 1; i < chips.length; i += 1) {
      const [left, right] = [chips[i - 1] as PositionedState, chips[i] as PositionedState];
      expect(right.x).toBeGreaterThanOrEqual(left.x + left.width);
    }
  });

  it('draws or hides (inside the folded box that lights up for it) every transition', () => {
    const drawn = new Set<string>();
    for (const edge of folded.edges) for (const id of edge.transitionIds) drawn.add(id);
    for (const state of folded.states) {
      for (const line of state.inner) for (const id of line.transitionIds) drawn.add(id);
      for (const id of state.hiddenTransitionIds) drawn.add(id);
    }
    for (const t of definition.transitions) expect(drawn.has(t.id), t.id).toBe(true);
  });

  it('is far smaller than the full chart and crosses at most 5 arrows', () => {
    expect(folded.width * folded.height).toBeLessThan(0.5 * full.width * full.height);
    expect(countCrossings(folded)).toBeLessThanOrEqual(5);
  });
});
