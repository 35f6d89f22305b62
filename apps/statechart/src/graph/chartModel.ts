import { transitionLabel, type ChartDefinition } from './chartDefinition.ts';
import { findJunctions } from './findJunctions.ts';
import { liftSharedTransitions, type LiftedTransition } from './liftSharedTransitions.ts';
import type { ChartEdge, ChartLine, ChartModel, Leg } from './chartModelTypes.ts';

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
