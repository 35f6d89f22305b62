import type { ChartStateType } from './chartDefinition.ts';
import type { ChartEdge, ChartLine } from './chartModelTypes.ts';

/** A point in chart coordinates (px, origin top left). */
export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A state node placed on the chart. Compound states contain their children's boxes. */
export interface PositionedState {
  readonly id: string;
  readonly key: string;
  readonly type: ChartStateType;
  readonly parentId: string | null;
  /** Nesting level: 0 for the machine itself. */
  readonly depth: number;
  /** Whether this state is its parent's initial state. */
  readonly initial: boolean;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Secondary line under the title: invoked actors and tags, e.g. `invoke fetch · fetching`. */
  readonly detail: string | null;
  /** Transitions that stay in this state (targetless, or back to itself), listed under the title. */
  readonly inner: readonly ChartLine[];
  /** A child of a folded state, drawn as a small box in its parent's row (title only). */
  readonly chip: boolean;
  /** A folded state's transitions among its children, not drawn: the box lights up when one is taken. */
  readonly hiddenTransitionIds: readonly string[];
}

/**
 * One drawn arrow: a `ChartEdge` placed — every transition from `sourceId` to `targetId` shares it and is one
 * line of its label. Either end may be a junction; an arrow from a compound state starts at its border.
 */
export interface PositionedEdge extends Pick<ChartEdge, 'id' | 'sourceId' | 'targetId' | 'transitionIds'> {
  /** The route, start to end (the arrow head sits at the end). */
  readonly points: readonly Point[];
  readonly label: {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
    readonly lines: readonly ChartLine[];
  } | null;
}

/** The initial-state marker (a filled dot) of a compound state and its arrow to the initial child. */
export interface PositionedInitial {
  readonly id: string;
  readonly parentId: string;
  readonly targetId: string;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  readonly points: readonly Point[];
}

/** A junction dot: the shared outcomes of several states leave from here. */
export interface PositionedJunction {
  readonly id: string;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
}

/** The whole chart, ready to draw: every coordinate is absolute. */
export interface PositionedChart {
  readonly machineId: string;
  readonly width: number;
  readonly height: number;
  /** Outermost first, so drawing in order puts children on top of their parents. */
  readonly states: readonly PositionedState[];
  readonly edges: readonly PositionedEdge[];
  readonly initials: readonly PositionedInitial[];
  readonly junctions: readonly PositionedJunction[];
}
