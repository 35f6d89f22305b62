import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { ChartDefinition } from './chartDefinition.ts';
import { buildChartModel } from './chartModel.ts';
import type {
  Point,
  PositionedChart,
  PositionedEdge,
  PositionedInitial,
  PositionedJunction,
  PositionedState,
} from './positionedChart.ts';
import { INITIAL_SUFFIX, toElkGraph } from './toElkGraph.ts';

/** The part of an ELK instance the layout needs. */
export interface ElkLike {
  layout(graph: ElkNode): Promise<ElkNode>;
}

let sharedElk: ElkLike | undefined;

/**
 * ELK's bundled build, run where this module runs: in the page's layout worker (`layoutWorker.ts`, so the
 * page never parses ELK on its main thread) and in node for the tests.
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

const centre = (node: ElkNode | undefined) => {
  const r = (node?.width ?? 0) / 2;
  return { cx: (node?.x ?? 0) + r, cy: (node?.y ?? 0) + r, r };
};

/**
 * Lays a machine's chart out with ELK (layered, hierarchical) and returns it as a positioned model with
 * absolute coordinates: a box per state (with the transitions that stay in it listed inside), a routed and
 * labelled arrow per source/target pair (each transition one label line), junction dots, and each compound
 * state's initial marker. What is drawn is decided by {@link buildChartModel}.
 *
 * @example const chart = await layoutChart(readMachine(pollerMachine));
 */
export async function layoutChart(
  definition: ChartDefinition,
  elk: ElkLike = defaultElk(),
): Promise<PositionedChart> {
  const model = buildChartModel(definition);
  const { graph, details } = toElkGraph(model);
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
      inner: model.inner.get(state.id) ?? [],
    };
  });

  const edges: PositionedEdge[] = model.edges.map((chartEdge) => {
    const edge = edgeById.get(chartEdge.id);
    const label = edge?.labels?.[0];
    return {
      id: chartEdge.id,
      sourceId: chartEdge.sourceId,
      targetId: chartEdge.targetId,
      transitionIds: chartEdge.transitionIds,
      points: route(edge),
      label:
        label && chartEdge.lines.length > 0
          ? {
              x: label.x ?? 0,
              y: label.y ?? 0,
              width: label.width ?? 0,
              height: label.height ?? 0,
              lines: chartEdge.lines,
            }
          : null,
    };
  });

  const initials: PositionedInitial[] = [];
  for (const state of definition.states) {
    if (!state.initialId) continue;
    const marker = placed.get(`${state.id}${INITIAL_SUFFIX}`);
    if (!marker) continue;
    initials.push({
      id: `${state.id}${INITIAL_SUFFIX}`,
      parentId: state.id,
      targetId: state.initialId,
      ...centre(marker),
      points: route(edgeById.get(`${state.id}${INITIAL_SUFFIX}->${state.initialId}`)),
    });
  }
  const junctions: PositionedJunction[] = model.junctions.map((junction) => ({
    id: junction.id,
    ...centre(placed.get(junction.id)),
  }));

  return {
    machineId: definition.machineId,
    width: Math.ceil(result.width ?? 0),
    height: Math.ceil(result.height ?? 0),
    states,
    edges,
    initials,
    junctions,
  };
}
