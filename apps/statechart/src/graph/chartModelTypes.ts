import type { ChartDefinition } from './chartDefinition.ts';

/*
 * The shapes of the chart before layout, apart from the code that builds them (`buildChartModel`), so the
 * steps that build a model (`findJunctions`) and those that read one import them without a loop.
 */

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
