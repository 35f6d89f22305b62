import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { ChartDefinition } from './chartDefinition.ts';
import type {
  Point,
  PositionedChart,
  PositionedEdge,
  PositionedInitial,
  PositionedState,
} from './positionedChart.ts';
import { INITIAL_SUFFIX, toElkGraph } from './toElkGraph.ts';

/** The part of an ELK instance the layout needs (an injected fake in tests, if ever wanted). */
export interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>;
}

let sharedElk: ElkLike | undefined;

/**
 * ELK's bundled build: it runs in the page's thread (and in node), with no worker file to serve — the chart
 * is laid out once, so the worker's benefit would not pay for a second asset under the strict CSP.
 */
function defaultElk(): ElkLike {
  sharedElk ??= new ELK();
  return sharedElk;
}

function collect(node: ElkNode, into: Map<string, ElkNode>, edges: ElkExtendedEdge[]): void {
  into.set(node.id, node);
  edges.push(...(node.edges ?? []));
  for (const child of node.children ?? []) collect(child, into, edges);
}

function route(edge: ElkExtendedEdge | undefined): Point[] {
  const points: Point[] = [];
  for (const section of edge?.sections ?? []) {
    points.push(section.startPoint, ...(section.bendPoints ?? []), section.endPoint);
  }
  return points.map(({ x, y }) => ({ x, y }));
}

function depthOf(id: string, parents: ReadonlyMap<string, string | null>): number {
  let depth = 0;
  for (let parent = parents.get(id) ?? null; parent !== null; parent = parents.get(parent) ?? null)
    depth += 1;
  return depth;
}

/**
 * Lays a machine's chart out with ELK (layered, hierarchical) and returns it as a positioned model with
 * absolute coordinates: a box per state, a routed and labelled arrow per source/target pair (each transition
 * one label line), and each compound state's initial marker.
 *
 * @example const chart = await layoutChart(readMachine(pollerMachine));
 */
export async function layoutChart(
  definition: ChartDefinition,
  elk: ElkLike = defaultElk(),
): Promise<PositionedChart> {
  const { graph, groups, details } = toElkGraph(definition);
  const result = await elk.layout(graph);
  const placed = new Map<string, ElkNode>();
  const elkEdges: ElkExtendedEdge[] = [];
  collect(result, placed, elkEdges);
  const edgeById = new Map(elkEdges.map((edge) => [edge.id, edge]));
  const parents = new Map(definition.states.map((state) => [state.id, state.parentId]));
  const initialIds = new Set(definition.states.map((state) => state.initialId).filter((id) => id !== null));

  const states: PositionedState[] = definition.states.map((state) => {
    const node = placed.get(state.id);
    return {
      id: state.id,
      key: state.key,
      type: state.type,
      parentId: state.parentId,
      depth: depthOf(state.id, parents),
      initial: initialIds.has(state.id),
      x: node?.x ?? 0,
      y: node?.y ?? 0,
      width: node?.width ?? 0,
      height: node?.height ?? 0,
      detail: details.get(state.id) ?? null,
    };
  });

  const edges: PositionedEdge[] = groups.map((group) => {
    const edge = edgeById.get(group.id);
    const label = edge?.labels?.[0];
    return {
      id: group.id,
      sourceId: group.sourceId,
      targetId: group.targetId,
      transitionIds: group.transitionIds,
      points: route(edge),
      label: label
        ? {
            x: label.x ?? 0,
            y: label.y ?? 0,
            width: label.width ?? 0,
            height: label.height ?? 0,
            lines: group.lines,
          }
        : null,
    };
  });

  const initials: PositionedInitial[] = [];
  for (const state of definition.states) {
    if (!state.initialId) continue;
    const marker = placed.get(`${state.id}${INITIAL_SUFFIX}`);
    if (!marker) continue;
    const r = (marker.width ?? 0) / 2;
    initials.push({
      id: `${state.id}${INITIAL_SUFFIX}`,
      parentId: state.id,
      targetId: state.initialId,
      cx: (marker.x ?? 0) + r,
      cy: (marker.y ?? 0) + r,
      r,
      points: route(edgeById.get(`${state.id}${INITIAL_SUFFIX}->${state.initialId}`)),
    });
  }

  return {
    machineId: definition.machineId,
    width: Math.ceil(result.width ?? 0),
    height: Math.ceil(result.height ?? 0),
    states,
    edges,
    initials,
  };
}
