// @vitest-environment node
import { pollerMachine } from '@vpo-live/poller';
import type { ElkNode } from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { fixtureMachine } from './fixtureMachine.ts';
import { buildChartModel } from './chartModel.ts';
import { readMachine } from './readMachine.ts';
import { lineRows } from './measureText.ts';
import { edgeContainer, INITIAL_SUFFIX, toElkGraph } from './toElkGraph.ts';

const parents = new Map<string, string | null>([
  ['m', null],
  ['m.a', 'm'],
  ['m.a.x', 'm.a'],
  ['m.a.y', 'm.a'],
  ['m.b', 'm'],
]);

function nodeIds(node: ElkNode, into: string[] = []): string[] {
  into.push(node.id);
  for (const child of node.children ?? []) nodeIds(child, into);
  return into;
}

function edgesByContainer(node: ElkNode, into = new Map<string, string[]>()): Map<string, string[]> {
  into.set(
    node.id,
    (node.edges ?? []).map((edge) => edge.id),
  );
  for (const child of node.children ?? []) edgesByContainer(child, into);
  return into;
}

describe('edgeContainer', () => {
  it('puts an edge between siblings in their parent, and across levels in the closest common ancestor', () => {
    expect(edgeContainer('m.a.x', 'm.a.y', parents, 'G')).toBe('m.a');
    expect(edgeContainer('m.a.x', 'm.b', parents, 'G')).toBe('m');
  });

  it('puts a loop in its state’s parent and an edge to or from a descendant in the ancestor', () => {
    expect(edgeContainer('m.a.x', 'm.a.x', parents, 'G')).toBe('m.a');
    expect(edgeContainer('m', 'm', parents, 'G')).toBe('G');
    expect(edgeContainer('m.a', 'm.a.y', parents, 'G')).toBe('m.a');
    expect(edgeContainer('m.a.y', 'm', parents, 'G')).toBe('m');
  });
});

describe('toElkGraph', () => {
  it('makes one ELK node per state plus an initial marker per compound state', () => {
    const definition = readMachine(fixtureMachine);
    const { graph } = toElkGraph(buildChartModel(definition));
    const ids = nodeIds(graph);
    for (const state of definition.states) expect(ids).toContain(state.id);
    const markers = ids.filter((id) => id.endsWith(INITIAL_SUFFIX));
    expect(markers.sort()).toEqual(
      definition.states
        .filter((s) => s.initialId)
        .map((s) => `${s.id}${INITIAL_SUFFIX}`)
        .sort(),
    );
  });

  it('declares every edge in the node ELK expects it in', () => {
    const definition = readMachine(pollerMachine);
    const { graph } = toElkGraph(buildChartModel(definition));
    const containers = edgesByContainer(graph);
    expect(containers.get('poller')).toContain('poller->poller.paused');
    expect(containers.get('poller.connected')).toContain(
      'poller.connected.waiting->poller.connected.fetching',
    );
    expect(containers.get('poller')).toContain('poller.paused.refreshing->poller.terminal.stopped');
  });

  it('sizes labels from their longest row and row count (a long line broken before its guard)', () => {
    const { graph } = toElkGraph(buildChartModel(readMachine(pollerMachine)));
    const edges = [...edgesByContainer(graph).keys()].length;
    expect(edges).toBeGreaterThan(0);
    const stack: ElkNode[] = [graph];
    while (stack.length > 0) {
      const node = stack.pop() as ElkNode;
      for (const edge of node.edges ?? []) {
        for (const label of edge.labels ?? []) {
          const lines = (label.text ?? '').split('\n').flatMap(lineRows);
          expect(label.height).toBeGreaterThanOrEqual(lines.length * 14);
          expect(label.width).toBeGreaterThan(Math.max(...lines.map((l) => l.length)) * 6);
        }
      }
      stack.push(...(node.children ?? []));
    }
  });
});
