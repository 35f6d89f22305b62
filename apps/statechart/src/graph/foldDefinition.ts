import type { ChartDefinition, ChartState, ChartTransition } from './chartDefinition.ts';

/** What a folded state stands for but does not draw as boxes and arrows. */
export interface FoldedState {
  /** Its children, drawn as a row of small boxes inside it (so the active one still shows). */
  readonly children: readonly Pick<ChartState, 'id' | 'key' | 'type'>[];
  /** The transitions among them, not drawn (the folded box lights up when one is taken). */
  readonly transitionIds: readonly string[];
}

/** A machine definition with some compound states folded. */
export interface FoldedDefinition {
  readonly definition: ChartDefinition;
  readonly folded: ReadonlyMap<string, FoldedState>;
}

/** The state an id is drawn as: itself, or its outermost folded ancestor. */
function shownAs(
  id: string,
  parents: ReadonlyMap<string, string | null>,
  folded: ReadonlySet<string>,
): string {
  let shown = id;
  for (let parent = parents.get(id) ?? null; parent !== null; parent = parents.get(parent) ?? null) {
    if (folded.has(parent)) shown = parent;
  }
  return shown;
}

const outcome = (transition: ChartTransition, targetIds: readonly string[]): string =>
  JSON.stringify([transition.eventType, transition.guard, targetIds]);

/**
 * Folds compound states the way a statechart is zoomed out: a folded state is one box with its children
 * as a row of small boxes inside (no arrows among them). A transition into or out of a hidden descendant is drawn to or from the folded
 * box. One that starts and ends inside it is hidden (the unfolded chart shows it) — unless other states take
 * the same event into the folded state: then it is that shared outcome seen from inside (the poller's
 * `FETCH.OK` from `connected.fetching` to `connected.waiting`, which `idle` and every other `fetching` take
 * to `connected` too), drawn as a transition back to itself so the shared outcomes still meet in one
 * junction. Transitions keep their ids, so a taken one still lights what stands for it.
 */
export function foldDefinition(definition: ChartDefinition, foldedIds: Iterable<string>): FoldedDefinition {
  const byId = new Map(definition.states.map((state) => [state.id, state]));
  const parents = new Map(definition.states.map((state) => [state.id, state.parentId]));
  const foldedSet = new Set([...foldedIds].filter((id) => (byId.get(id)?.childIds.length ?? 0) > 0));
  const shown = (id: string) => shownAs(id, parents, foldedSet);
  const folded = new Map<string, { children: FoldedState['children']; transitionIds: string[] }>();
  const states: ChartState[] = [];
  for (const state of definition.states) {
    if (shown(state.id) !== state.id) continue;
    if (!foldedSet.has(state.id)) {
      states.push(state);
      continue;
    }
    const children = state.childIds.flatMap((id) => {
      const child = byId.get(id);
      return child ? [{ id: child.id, key: child.key, type: child.type }] : [];
    });
    folded.set(state.id, { children, transitionIds: [] });
    states.push({ ...state, childIds: [], initialId: null });
  }
  const moved = definition.transitions.map((transition) => ({
    transition,
    sourceId: shown(transition.sourceId),
    targetIds: transition.targetIds.map(shown),
  }));
  const isAncestor = (id: string, of: string): boolean => {
    for (let parent = parents.get(of) ?? null; parent !== null; parent = parents.get(parent) ?? null) {
      if (parent === id) return true;
    }
    return false;
  };
  // Where each outcome comes from outside its target: a folded state's own copy of it is drawn only when a
  // state beside it (not an ancestor, whose arrow covers the folded state already) takes it too.
  const sourcesOf = new Map<string, string[]>();
  for (const { transition, sourceId, targetIds } of moved) {
    if (!targetIds.some((id) => id !== sourceId)) continue;
    const key = outcome(transition, targetIds);
    sourcesOf.set(key, [...(sourcesOf.get(key) ?? []), sourceId]);
  }
  const sharedWithOthers = (transition: ChartTransition, box: string, targetIds: readonly string[]) =>
    (sourcesOf.get(outcome(transition, targetIds)) ?? []).some((id) => !isAncestor(id, box));
  const transitions: ChartTransition[] = [];
  for (const { transition, sourceId, targetIds } of moved) {
    const box = folded.get(sourceId);
    const inside = box !== undefined && targetIds.length > 0 && targetIds.every((id) => id === sourceId);
    if (inside && !sharedWithOthers(transition, sourceId, targetIds)) {
      box.transitionIds.push(transition.id);
      continue;
    }
    transitions.push({ ...transition, sourceId, targetIds });
  }
  return { definition: { ...definition, states, transitions }, folded };
}

/** The states a chart can fold: every compound state below the machine itself. */
export function foldableIds(definition: ChartDefinition): string[] {
  return definition.states
    .filter((state) => state.type === 'compound' && state.parentId !== null)
    .map((state) => state.id);
}
