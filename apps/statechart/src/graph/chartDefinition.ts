/**
 * What the chart draws, read from a machine definition: plain data (no StateNode references), so the layout
 * step and the tests work on values.
 */

/** XState's state node kinds. */
export type ChartStateType = 'atomic' | 'compound' | 'parallel' | 'final' | 'history';

/** One state node of the machine. */
export interface ChartState {
  /** XState's state node id, e.g. `poller.connected.waiting`. */
  readonly id: string;
  /** Its key within its parent, e.g. `waiting` (the machine id for the root). */
  readonly key: string;
  readonly parentId: string | null;
  readonly type: ChartStateType;
  /** Child ids in document order. */
  readonly childIds: readonly string[];
  /** The initial child's id (compound states only). */
  readonly initialId: string | null;
  readonly tags: readonly string[];
  /** Ids of the actors this state invokes while active. */
  readonly invokes: readonly string[];
  /** `shallow` / `deep` for history states. */
  readonly history: 'shallow' | 'deep' | null;
  readonly description: string | null;
}

/** How a transition is triggered. */
export type TransitionTrigger = 'event' | 'after' | 'always';

/** One transition of the machine (a guarded alternative is its own transition). */
export interface ChartTransition {
  /** Stable id: `<source id>#<index>` in the order of the source's `on`, `after`, then `always`. */
  readonly id: string;
  readonly sourceId: string;
  /** Target state ids; empty for a targetless transition (actions only, the state is not left). */
  readonly targetIds: readonly string[];
  readonly trigger: TransitionTrigger;
  /** XState's event type (`FETCH.OK`, `xstate.after.pollDelay.poller.connected.waiting`, `` for always). */
  readonly eventType: string;
  /** What the chart shows: `FETCH.OK`, `after pollDelay`, `always`. */
  readonly eventLabel: string;
  /** The delay's name, or its length in ms, for `after` transitions. */
  readonly delay: string | null;
  /** The guard, e.g. `isTerminalOutcome` or `cameFrom(connected)`. */
  readonly guard: string | null;
  readonly actions: readonly string[];
  /** Whether the source is exited and re-entered (`reenter: true`). */
  readonly reenter: boolean;
}

/** A machine as the chart sees it. */
export interface ChartDefinition {
  readonly machineId: string;
  readonly rootId: string;
  /** Every state node, root first, in document order. */
  readonly states: readonly ChartState[];
  readonly transitions: readonly ChartTransition[];
}

/** The one-line text of a transition on the chart: event, then guard in brackets. */
export function transitionLabel(transition: Pick<ChartTransition, 'eventLabel' | 'guard'>): string {
  return transition.guard ? `${transition.eventLabel} [${transition.guard}]` : transition.eventLabel;
}
