import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import type { ChartDefinition } from './chartDefinition.ts';
import { buildChartModel } from './chartModel.ts';
import type { FoldedState } from './foldDefinition.ts';
import type {
  Point,
  PositionedChart,
  PositionedEdge,
  PositionedInitial,
  PositionedJunction,
  PositionedState,
} from './positionedChart.ts';
import { INITIAL_SUFFIX, STATE_BOX, chipRow, headerHeight, toElkGraph } from './toElkGraph.ts';

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

/** What to lay out: a definition, with the states it folded ({@link foldDefinition}) if any. */
export interface LayoutRequest {
  readonly definition: ChartDefinition;
  readonly folded?: ReadonlyMap<string, FoldedState>;
}

/** A folded state's children as small boxes in a row under its text, right after it (outermost first). */
function chipsOf(state: PositionedState, folded: FoldedState): PositionedState[] {
  const row = chipRow(folded.children);
  const top = state.y + headerHeight(state.detail, state.inner);
  return folded.children.map((child, index) => ({
    id: child.id,
    key: child.key,
    type: child.type,
    parentId: state.id,
    depth: state.depth + 1,
    initial: false,
    x: state.x + STATE_BOX.paddingX + (row.lefts[index] ?? 0),
    y: top,
    width: row.widths[index] ?? 0,
    height: STATE_BOX.chipHeight,
    detail: null,
    inner: [],
    chip: true,
    hiddenTransitionIds: [],
  }));
}

/**
 * Lays a machine's chart out with ELK (layered, hierarchical) and returns it as a positioned model with
 * absolute coordinates: a box per state (with the transitions that stay in it listed inside; a folded
 * state's children as a row of small boxes), a routed and labelled arrow per source/target pair (each
 * transition one label line), junction dots, and each compound state's initial marker. What is drawn is
 * decided by {@link buildChartModel}.
 *
 * @example const chart = await layoutChart({ definition: readMachine(pollerMachine) });
 */
export async function layoutChart(
  { definition, folded = new Map() }: LayoutRequest,
  elk: ElkLike = defaultElk(),
): Promise<PositionedChart> {
  const model = buildChartModel(definition);
  const { graph, details } = toElkGraph(model, folded);
  const result = await elk.layout(graph);
  const placed = new Map<string, ElkNode>();
  const elkEdges: ElkExtendedEdge[] = [];
  collect(result, placed, elkEdges);
  const edgeById = new Map(elkEdges.map((edge) => [edge.id, edge]));
  const parents = new Map(definition.states.map((state) => [state.id, state.parentId]));
  const initialIds = new Set(definition.states.map((state) => state.initialId).filter((id) => id !== null));

  const states: PositionedState[] = definition.states.flatMap((state) => {
    const node = placed.get(state.id);
    const positioned: PositionedState = {
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
      chip: false,
      hiddenTransitionIds: folded.get(state.id)?.transitionIds ?? [],
    };
    const chips = folded.get(state.id);
    return chips ? [positioned, ...chipsOf(positioned, chips)] : [positioned];
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
