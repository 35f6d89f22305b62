import type { ElkExtendedEdge, ElkNode, LayoutOptions } from 'elkjs/lib/elk.bundled.js';
import { transitionLabel, type ChartDefinition, type ChartState } from './chartDefinition.ts';
import { CHART_FONT, textWidth } from './measureText.ts';
import type { LabelLine } from './positionedChart.ts';

/** Box metrics of the chart's state nodes (px). */
export const STATE_BOX = {
  minWidth: 96,
  atomicHeight: 34,
  /** Extra height of an atomic state that shows a detail line. */
  detailHeight: 14,
  paddingX: 12,
  /** Room above a compound state's children for its title. */
  titleHeight: 28,
  initialDot: 10,
} as const;

/** The suffix of the id of a compound state's initial marker node. */
export const INITIAL_SUFFIX = '::initial';

/** All transitions from one state to another, drawn as one arrow with one label line each. */
export interface EdgeGroup {
  readonly id: string;
  readonly sourceId: string;
  readonly targetId: string;
  readonly transitionIds: readonly string[];
  readonly lines: readonly LabelLine[];
}

/** The ELK input plus what is needed to map its result back onto the chart. */
export interface ElkChartGraph {
  readonly graph: ElkNode;
  readonly groups: readonly EdgeGroup[];
  /** The detail line shown in each state (invoked actors and tags). */
  readonly details: ReadonlyMap<string, string | null>;
}

const ROOT_OPTIONS: LayoutOptions = {
  'elk.algorithm': 'layered',
  'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
  'elk.direction': 'DOWN',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.spacing.nodeNode': '28',
  'elk.layered.spacing.nodeNodeBetweenLayers': '36',
  'elk.spacing.edgeNode': '14',
  'elk.spacing.edgeEdge': '10',
  'elk.spacing.edgeLabel': '4',
  'elk.edgeLabels.placement': 'CENTER',
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

function groupTransitions(definition: ChartDefinition): EdgeGroup[] {
  const groups = new Map<string, { sourceId: string; targetId: string; lines: LabelLine[] }>();
  for (const transition of definition.transitions) {
    // A targetless transition does not leave its source: a loop on the source, marked as such.
    const targets = transition.targetIds.length > 0 ? transition.targetIds : [transition.sourceId];
    const suffix = transition.targetIds.length === 0 ? ' (stays)' : transition.reenter ? ' (re-enter)' : '';
    for (const targetId of targets) {
      const id = `${transition.sourceId}->${targetId}`;
      const group = groups.get(id) ?? { sourceId: transition.sourceId, targetId, lines: [] };
      group.lines.push({ transitionId: transition.id, text: `${transitionLabel(transition)}${suffix}` });
      groups.set(id, group);
    }
  }
  return [...groups].map(([id, group]) => ({
    id,
    ...group,
    transitionIds: group.lines.map((line) => line.transitionId),
  }));
}

function labelBox(lines: readonly LabelLine[]): { width: number; height: number } {
  const width = Math.max(...lines.map((line) => textWidth(line.text))) + 8;
  return { width, height: lines.length * CHART_FONT.lineHeight + 4 };
}

/**
 * Turns chart data into an ELK graph: layered, top to bottom, hierarchical (compound states contain their
 * children and every edge is routed across levels), one labelled edge per source/target pair, and a small
 * marker node with an edge to each compound state's initial child. Pure: no layout runs here.
 */
export function toElkGraph(definition: ChartDefinition): ElkChartGraph {
  const graphId = '__chart__';
  const byId = new Map(definition.states.map((state) => [state.id, state]));
  const parents = new Map(definition.states.map((state) => [state.id, state.parentId]));
  const details = new Map(definition.states.map((state) => [state.id, stateDetail(state)]));
  const nodes = new Map<string, ElkNode>();
  const edgesOf = (containerId: string): ElkExtendedEdge[] => {
    const container = containerId === graphId ? graph : nodes.get(containerId);
    if (!container) throw new Error(`unknown state ${containerId}`);
    container.edges ??= [];
    return container.edges;
  };

  const toNode = (state: ChartState): ElkNode => {
    const title = textWidth(state.key) + 2 * STATE_BOX.paddingX;
    const detail = details.get(state.id);
    const detailWidth = detail ? textWidth(detail) + 2 * STATE_BOX.paddingX : 0;
    const width = Math.max(STATE_BOX.minWidth, title, detailWidth);
    if (state.childIds.length === 0) {
      const height = STATE_BOX.atomicHeight + (detail ? STATE_BOX.detailHeight : 0);
      const node: ElkNode = { id: state.id, width, height };
      nodes.set(state.id, node);
      return node;
    }
    const top = STATE_BOX.titleHeight + (detail ? STATE_BOX.detailHeight : 0);
    const node: ElkNode = {
      id: state.id,
      layoutOptions: {
        'elk.padding': `[top=${top},left=14,bottom=14,right=14]`,
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
  const graph: ElkNode = { id: graphId, layoutOptions: ROOT_OPTIONS, children: [] };
  graph.children?.push(toNode(root));

  for (const state of definition.states) {
    if (!state.initialId || !nodes.has(state.id)) continue;
    edgesOf(state.id).push({
      id: `${state.id}${INITIAL_SUFFIX}->${state.initialId}`,
      sources: [`${state.id}${INITIAL_SUFFIX}`],
      targets: [state.initialId],
    });
  }
  const groups = groupTransitions(definition);
  for (const group of groups) {
    const box = labelBox(group.lines);
    edgesOf(edgeContainer(group.sourceId, group.targetId, parents, graphId)).push({
      id: group.id,
      sources: [group.sourceId],
      targets: [group.targetId],
      labels: [
        {
          id: `${group.id}:label`,
          text: group.lines.map((line) => line.text).join('\n'),
          ...box,
          // On the line itself: the arrow runs through its label, so no label floats away from its arrow.
          layoutOptions: { 'elk.edgeLabels.inline': 'true' },
        },
      ],
    });
  }
  return { graph, groups, details };
}
