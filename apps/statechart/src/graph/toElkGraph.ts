import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk.bundled.js';
import type { ChartState } from './chartDefinition.ts';
import type { ChartLine, ChartModel } from './chartModelTypes.ts';
import type { FoldedState } from './foldDefinition.ts';
import { CHART_FONT, linesWidth, rowCount, textWidth } from './measureText.ts';

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
  /** The small boxes a folded state draws its children as, in a row under its text. */
  chipHeight: 20,
  chipPaddingX: 6,
  chipGap: 6,
} as const;

/** Where each child of a folded state sits in its row, from the row's left end, and the row's width. */
export function chipRow(children: readonly { readonly key: string }[]): {
  lefts: number[];
  widths: number[];
  width: number;
} {
  // Wide enough for the current state's `▶ ` marker, so marking one never changes the layout.
  const widths = children.map((child) => textWidth(`▶ ${child.key}`) + 2 * STATE_BOX.chipPaddingX);
  const lefts = widths.map((_, index) =>
    widths.slice(0, index).reduce((sum, width) => sum + width + STATE_BOX.chipGap, 0),
  );
  const width = widths.reduce((sum, w) => sum + w, 0) + STATE_BOX.chipGap * Math.max(0, widths.length - 1);
  return { lefts, widths, width };
}

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
  // Cycles (every fetch outcome leads back to a state that fetches again) are broken along a depth-first
  // walk from the initial state, so states are laid out in the order the machine reaches them: the
  // narrowest of ELK's strategies for the poller (its folded chart 1,149 units wide instead of 1,328).
  'elk.layered.cycleBreaking.strategy': 'DEPTH_FIRST',
  // A label of an arrow that spans several layers goes in a layer that has room for it, not in a layer of
  // its own in the middle (1,010 units wide instead of 1,149).
  'elk.layered.edgeLabels.centerLabelPlacementStrategy': 'SPACE_EFFICIENT_LAYER',
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
  return STATE_BOX.titleHeight + ((detail ? 1 : 0) + rowCount(inner)) * CHART_FONT.lineHeight;
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

/** Label box of an arrow: its longest row by its row count (a long line takes two or three rows). */
export function labelBox(lines: readonly ChartLine[]): { width: number; height: number } {
  return { width: linesWidth(lines) + 6, height: rowCount(lines) * CHART_FONT.lineHeight + 2 };
}

/**
 * Turns the chart model into an ELK graph: layered, left to right, hierarchical (compound states contain
 * their children, every edge is routed across levels), one labelled edge per arrow, a marker node with an
 * edge to each compound state's initial child, and a dot per junction. A folded state is one node with room
 * for its row of children ({@link chipRow}). Pure: no layout runs here.
 */
export function toElkGraph(
  model: ChartModel,
  folded: ReadonlyMap<string, FoldedState> = new Map(),
): ElkChartGraph {
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
    const texts = [state.key, ...(detail ? [detail] : [])];
    const width =
      Math.max(STATE_BOX.minWidth - 2 * STATE_BOX.paddingX, linesWidth(inner), ...texts.map(textWidth)) +
      2 * STATE_BOX.paddingX;
    const top = headerHeight(detail, inner);
    const chips = folded.get(state.id);
    if (chips) {
      const row = chipRow(chips.children);
      const node: ElkNode = {
        id: state.id,
        width: Math.max(width, row.width + 2 * STATE_BOX.paddingX),
        height: top + STATE_BOX.chipHeight + STATE_BOX.paddingBottom,
      };
      nodes.set(state.id, node);
      return node;
    }
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
