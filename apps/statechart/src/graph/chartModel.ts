import { transitionLabel, type ChartDefinition } from './chartDefinition.ts';
import { findJunctions } from './findJunctions.ts';
import { liftSharedTransitions, type LiftedTransition } from './liftSharedTransitions.ts';

/** One line of text on the chart standing for one or more transitions (one per child when lifted). */
export interface ChartLine {
  readonly transitionIds: readonly string[];
  readonly text: string;
}

/**
 * One arrow. `sourceId` / `targetId` are state ids or junction ids; an arrow whose source is a compound state
 * (a transition defined on the parent, or lifted from all its children) starts at that state's border.
 */
export interface ChartEdge {
  readonly id: string;
  readonly sourceId: string;
  readonly targetId: string;
  /** Empty for the unlabelled arrows that lead into a junction. */
  readonly lines: readonly ChartLine[];
  /** Every transition the arrow stands for (what makes it "taken"). */
  readonly transitionIds: readonly string[];
}

/**
 * A junction (UML's filled dot): several states share the same outgoing transitions — the poller's fetch
 * outcomes, from `idle` and every `fetching` — so each source draws one arrow into the dot and each outcome
 * leaves it once, instead of one arrow per source and outcome.
 */
export interface ChartJunction {
  readonly id: string;
  /** The state whose box contains the dot (closest common ancestor of its sources and targets). */
  readonly containerId: string;
  readonly sourceIds: readonly string[];
}

/** What the chart draws, before layout: inner lines per state, junctions and arrows. */
export interface ChartModel {
  readonly definition: ChartDefinition;
  /** Self transitions (targetless, or back to the same state) per state id: drawn inside the state. */
  readonly inner: ReadonlyMap<string, readonly ChartLine[]>;
  readonly junctions: readonly ChartJunction[];
  readonly edges: readonly ChartEdge[];
}

/**
 * One arrow segment per target of a transition (multi-target transitions draw one arrow per target). Its
 * text is the transition's label; a leg back to its own state becomes a line inside that state instead.
 */
export interface Leg {
  readonly sourceId: string;
  readonly targetId: string;
  readonly line: ChartLine;
  /** Whether the transition exits and re-enters its target (`↻` when drawn inside its state). */
  readonly reenter: boolean;
}

/** A state with at least this many eventless exits to different targets is a choice, listed inside it. */
export const CHOICE_MIN_TARGETS = 3;

/**
 * States whose eventless (`always`) transitions fan out to {@link CHOICE_MIN_TARGETS} or more targets: a
 * decision taken the moment the state is entered (the poller's `resuming` returns to whichever state it
 * paused in). Drawn as arrows they would cross the whole chart for one instant of the machine's life, so the
 * chart lists them inside the state, one `always [guard] → target` line each.
 */
function choiceStates(lifted: readonly LiftedTransition[]): Set<string> {
  const targets = new Map<string, Set<string>>();
  for (const { transition, sourceId } of lifted) {
    if (transition.trigger !== 'always') continue;
    const set = targets.get(sourceId) ?? new Set<string>();
    for (const id of transition.targetIds) if (id !== sourceId) set.add(id);
    targets.set(sourceId, set);
  }
  return new Set([...targets].filter(([, set]) => set.size >= CHOICE_MIN_TARGETS).map(([id]) => id));
}

/** A target as the choice line names it: its path below the machine (`poller.connected` → `connected`). */
const targetName = (id: string): string => id.split('.').slice(1).join('.') || id;

function legsOf(lifted: readonly LiftedTransition[]): { legs: Leg[]; inner: Map<string, ChartLine[]> } {
  const legs: Leg[] = [];
  const inner = new Map<string, ChartLine[]>();
  const choices = choiceStates(lifted);
  for (const { transition, sourceId, transitionIds } of lifted) {
    const text = transitionLabel(transition);
    if (transition.trigger === 'always' && choices.has(sourceId) && transition.targetIds.length > 0) {
      const line = { transitionIds, text: `${text} → ${transition.targetIds.map(targetName).join(', ')}` };
      inner.set(sourceId, [...(inner.get(sourceId) ?? []), line]);
      continue;
    }
    if (transition.targetIds.length === 0) {
      inner.set(sourceId, [...(inner.get(sourceId) ?? []), { transitionIds, text }]);
      continue;
    }
    for (const targetId of transition.targetIds) {
      legs.push({ sourceId, targetId, line: { transitionIds, text }, reenter: transition.reenter });
    }
  }
  return { legs, inner };
}

function groupLegs(legs: readonly Leg[], inner: Map<string, ChartLine[]>): ChartEdge[] {
  const groups = new Map<string, { sourceId: string; targetId: string; lines: ChartLine[] }>();
  for (const leg of legs) {
    if (leg.sourceId === leg.targetId) {
      const line = { ...leg.line, text: leg.reenter ? `${leg.line.text} ↻` : leg.line.text };
      inner.set(leg.sourceId, [...(inner.get(leg.sourceId) ?? []), line]);
      continue;
    }
    const id = `${leg.sourceId}->${leg.targetId}`;
    const group = groups.get(id) ?? { sourceId: leg.sourceId, targetId: leg.targetId, lines: [] };
    group.lines.push(leg.line);
    groups.set(id, group);
  }
  return [...groups].map(([id, group]) => ({
    id,
    ...group,
    transitionIds: group.lines.flatMap((line) => line.transitionIds),
  }));
}

/**
 * Turns a machine's transitions into what is drawn, the way statecharts are read:
 * 1. a transition every child of a parent has alike is drawn once, from the parent
 *    ({@link liftSharedTransitions}); transitions defined on a parent start at its border anyway;
 * 2. outcomes several states share go through a junction ({@link findJunctions});
 * 3. what stays in its state (targetless, or back to itself) is a line inside the state, not a loop, and so
 *    is each exit of a choice state (eventless transitions to many targets, see {@link choiceStates});
 * 4. everything else is one arrow per source and target, one label line per transition.
 */
export function buildChartModel(definition: ChartDefinition): ChartModel {
  const lifted = liftSharedTransitions(definition);
  const { legs, inner } = legsOf(lifted);
  const parents = new Map(definition.states.map((state) => [state.id, state.parentId]));
  const { junctions, legs: rest, edges: junctionEdges } = findJunctions(legs, parents);
  const edges = [...junctionEdges, ...groupLegs(rest, inner)];
  return { definition, inner, junctions, edges };
}
