import type { ChartDefinition, ChartState, ChartTransition } from './chartDefinition.ts';

/** A transition as drawn: from `sourceId` (its own state, or the parent it was lifted to). */
export interface LiftedTransition {
  /** The transition as defined (on its state, or on the first child when lifted). */
  readonly transition: ChartTransition;
  /** Where it is drawn from. */
  readonly sourceId: string;
  /** The definition's transitions it stands for: one, or one per child when lifted. */
  readonly transitionIds: readonly string[];
}

/** What makes two transitions of different states the same transition on the chart. */
function signature(transition: ChartTransition): string {
  return JSON.stringify([
    transition.trigger,
    transition.eventType,
    transition.guard,
    [...transition.targetIds].sort(),
    transition.reenter,
    transition.actions,
  ]);
}

function byEvent(list: readonly LiftedTransition[]): Map<string, LiftedTransition[]> {
  const events = new Map<string, LiftedTransition[]>();
  for (const item of list) {
    const key = `${item.transition.trigger}:${item.transition.eventType}`;
    events.set(key, [...(events.get(key) ?? []), item]);
  }
  return events;
}

/**
 * Draws a transition that every child of a parent has alike once, from the parent's border: when each child
 * of a compound state reacts to an event with the same list of transitions (same guards, targets and
 * actions, in the same order) and the parent itself does not handle that event, the children's transitions
 * become the parent's — which is what they mean, since whichever child is active takes it. Applied bottom up,
 * so a transition shared by every grandchild can rise two levels. Delayed transitions never match (their
 * event names their state); parallel regions are left alone (every region is active at once). Transitions
 * defined on a parent need nothing: they are drawn from its border already.
 */
export function liftSharedTransitions(definition: ChartDefinition): LiftedTransition[] {
  const own = new Map<string, LiftedTransition[]>();
  for (const state of definition.states) own.set(state.id, []);
  for (const transition of definition.transitions) {
    own.get(transition.sourceId)?.push({
      transition,
      sourceId: transition.sourceId,
      transitionIds: [transition.id],
    });
  }
  const byId = new Map(definition.states.map((state) => [state.id, state]));
  const deepestFirst = [...definition.states].reverse();

  for (const parent of deepestFirst) {
    if (parent.type !== 'compound') continue;
    const children = parent.childIds
      .map((id) => byId.get(id))
      .filter((child): child is ChartState => child !== undefined && child.type !== 'history');
    if (children.length < 2) continue;
    const parentEvents = byEvent(own.get(parent.id) ?? []);
    const childEvents = children.map((child) => byEvent(own.get(child.id) ?? []));
    const first = childEvents[0] as Map<string, LiftedTransition[]>;
    for (const [event, list] of first) {
      if (parentEvents.has(event) || list[0]?.transition.trigger === 'after') continue;
      const expected = list.map((item) => signature(item.transition)).join('\n');
      const same = childEvents.every(
        (events) =>
          (events.get(event) ?? []).map((item) => signature(item.transition)).join('\n') === expected,
      );
      if (!same) continue;
      const lifted = list.map((item, index) => ({
        transition: item.transition,
        sourceId: parent.id,
        transitionIds: childEvents.flatMap((events) => events.get(event)?.[index]?.transitionIds ?? []),
      }));
      own.get(parent.id)?.push(...lifted);
      children.forEach((child) =>
        own.set(
          child.id,
          (own.get(child.id) ?? []).filter(
            (item) => `${item.transition.trigger}:${item.transition.eventType}` !== event,
          ),
        ),
      );
    }
  }
  return definition.states.flatMap((state) => own.get(state.id) ?? []);
}
