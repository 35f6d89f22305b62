import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk.bundled.js';
import type { ChartState } from './chartDefinition.ts';
import type { ChartLine, ChartModel } from './chartModel.ts';
import { CHART_FONT, textWidth } from './measureText.ts';

/** Box metrics of the chart's state nodes (px). */
export const STATE_BOX = {
  minWidth: 72,
  /** Title line of a state (and the top margin above it). */
  titleHeight: 24,
  paddingX: 8,
  paddingBottom: 8,
  /** Space between a compound state's border and its children. */
  inset: 10,
  initialDot: 8,
  junctionDot: 8,
} as const;

/** The suffix of the id of a compound state's initial marker node. */
export const INITIAL_SUFFIX = '::initial';

/** The ELK input, and the text shown in each state box. */
export interface ElkChartGraph {
  readonly graph: ElkNode;
  /** The detail line shown in each state (invoked actors and tags). */
  readonly details: ReadonlyMap<string, string | null>;
}

/**
 * Spacing is read per graph, not inherited: ELK applies a node's options to the graph of its own children
 * only, so every compound state gets these too (else its children are spaced by ELK's wider defaults).
 */
const SPACING: LayoutOptions = {
  'elk.spacing.nodeNode': '12',
  'elk.layered.spacing.nodeNodeBetweenLayers': '14',
  'elk.layered.spacing.edgeNodeBetweenLayers': '8',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '5',
  'elk.spacing.edgeNode': '6',
  'elk.spacing.edgeEdge': '5',
  'elk.spacing.edgeLabel': '2',
  'elk.spacing.labelNode': '2',
};

const ROOT_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  'elk.layered.thoroughness': '30',
  ...SPACING,
  'elk.edgeLabels.placement': 'CENTER',
  'elk.padding': '[top=4,left=4,bottom=4,right=4]',
  // Every coordinate in the result is absolute, whatever the nesting.
  'org.eclipse.elk.json.shapeCoords': 'ROOT',
  'org.eclipse.elk.json.edgeCoords': 'ROOT',
};

/** The detail line of a state: the actors it invokes and its tags. */
export function stateDetail(state: ChartState): string | null {
  const parts = [
    ...state.invokes.map((id) => `invoke ${id}`),
    ...state.tags.map((tag) => `#${tag}`),
    ...(state.history ? [`history (${state.history})`] : []),
  ];
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** Height of the text block at the top of a state: title, detail line, inner transitions. */
export function headerHeight(detail: string | null, inner: readonly ChartLine[]): number {
  return STATE_BOX.titleHeight + ((detail ? 1 : 0) + inner.length) * CHART_FONT.lineHeight;
}

function ancestors(id: string, parents: ReadonlyMap<string, string | null>): string[] {
  const chain: string[] = [];
  for (let current: string | null = id; current !== null; current = parents.get(current) ?? null) {
    chain.push(current);
  }
  return chain;
}

/**
 * The ELK node that must own an edge for ELK to route it: a loop lives in its node's parent, an edge between
 * a state and one of its descendants lives in the ancestor, any other edge in the closest common ancestor.
 */
export function edgeContainer(
  sourceId: string,
  targetId: string,
  parents: ReadonlyMap<string, string | null>,
  graphId: string,
): string {
  if (sourceId === targetId) return parents.get(sourceId) ?? graphId;
  const sourceChain = ancestors(sourceId, parents);
  const targetChain = new Set(ancestors(targetId, parents));
  if (targetChain.has(sourceId)) return sourceId;
  if (sourceChain.includes(targetId)) return targetId;
  return sourceChain.find((id) => targetChain.has(id)) ?? graphId;
}

/** Label box of an arrow: its longest line by its line count. */
export function labelBox(lines: readonly ChartLine[]): { width: number; height: number } {
  const width = Math.max(...lines.map((line) => textWidth(line.text))) + 6;
  return { width, height: lines.length * CHART_FONT.lineHeight + 2 };
}

/**
 * Turns the chart model into an ELK graph: layered, left to right, hierarchical (compound states contain
 * their children, every edge is routed across levels), one labelled edge per arrow, a marker node with an
 * edge to each compound state's initial child, and a dot per junction. Pure: no layout runs here.
 */
export function toElkGraph(model: ChartModel): ElkChartGraph {
  const { definition } = model;
  const graphId = '__chart__';
  const byId = new Map(definition.states.map((state) => [state.id, state]));
  const parents = new Map<string, string | null>(definition.states.map((s) => [s.id, s.parentId]));
  for (const junction of model.junctions) parents.set(junction.id, junction.containerId);
  const details = new Map(definition.states.map((state) => [state.id, stateDetail(state)]));
  const nodes = new Map<string, ElkNode>();
  const graph: ElkNode = { id: graphId, layoutOptions: ROOT_OPTIONS, children: [] };
  const edgesOf = (containerId: string): ElkExtendedEdge[] => {
    const container = containerId === graphId ? graph : nodes.get(containerId);
    if (!container) throw new Error(`unknown state ${containerId}`);
    container.edges ??= [];
    return container.edges;
  };

  const toNode = (state: ChartState): ElkNode => {
    const detail = details.get(state.id) ?? null;
    const inner = model.inner.get(state.id) ?? [];
    const texts = [state.key, ...(detail ? [detail] : []), ...inner.map((line) => line.text)];
    const width = Math.max(STATE_BOX.minWidth, ...texts.map((t) => textWidth(t) + 2 * STATE_BOX.paddingX));
    const top = headerHeight(detail, inner);
    if (state.childIds.length === 0) {
      const node: ElkNode = { id: state.id, width, height: top + STATE_BOX.paddingBottom - 4 };
      nodes.set(state.id, node);
      return node;
    }
    const inset = STATE_BOX.inset;
    const node: ElkNode = {
      id: state.id,
      layoutOptions: {
        ...SPACING,
        'elk.padding': `[top=${top},left=${inset},bottom=${inset},right=${inset}]`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': `(${width}, ${top + 20})`,
      },
      children: [],
    };
    nodes.set(state.id, node);
    if (state.initialId) {
      const size = STATE_BOX.initialDot;
      node.children?.push({ id: `${state.id}${INITIAL_SUFFIX}`, width: size, height: size });
    }
    for (const childId of state.childIds) {
      const child = byId.get(childId);
      if (child) node.children?.push(toNode(child));
    }
    return node;
  };

  const root = byId.get(definition.rootId);
  if (!root) throw new Error(`the definition has no root state ${definition.rootId}`);
  graph.children?.push(toNode(root));
  for (const junction of model.junctions) {
    const size = STATE_BOX.junctionDot;
    const owner = nodes.get(junction.containerId);
    owner?.children?.push({ id: junction.id, width: size, height: size });
  }

  for (const state of definition.states) {
    if (!state.initialId || !nodes.has(state.id)) continue;
    edgesOf(state.id).push({
      id: `${state.id}${INITIAL_SUFFIX}->${state.initialId}`,
      sources: [`${state.id}${INITIAL_SUFFIX}`],
      targets: [state.initialId],
    });
  }
  for (const edge of model.edges) {
    const elkEdge: ElkExtendedEdge = { id: edge.id, sources: [edge.sourceId], targets: [edge.targetId] };
    if (edge.lines.length > 0) {
      elkEdge.labels = [
        {
          id: `${edge.id}:label`,
          text: edge.lines.map((line) => line.text).join('\n'),
          ...labelBox(edge.lines),
          // On the line itself: the arrow runs through its label, so no label floats away from its arrow.
          layoutOptions: { 'elk.edgeLabels.inline': 'true' },
        },
      ];
    }
    edgesOf(edgeContainer(edge.sourceId, edge.targetId, parents, graphId)).push(elkEdge);
  }
  return { graph, details };
}
