/**
 * Which way the reader reads one page of the job list — decided from exact counts it already has, because
 * SQLite's planner cannot know how many jobs a search matches nor where in the sort order they lie.
 */

/** The rows of a page, counted from the end nearer to them. */
export interface PageWindow {
  /** Read with the ORDER BY reversed (and the rows reversed back): the page lies past the middle. */
  readonly backward: boolean;
  readonly offset: number;
  readonly limit: number;
}

/**
 * The window of rows `[offset, offset + limit)` out of `total`, or null when the page is empty. An OFFSET
 * costs one step per skipped row, so a page past the middle is read from the other end: the last page
 * of a million jobs skips none.
 *
 * @example pageWindow(1000, 990, 50) // { backward: true, offset: 0, limit: 10 }
 */
export function pageWindow(total: number, offset: number, limit: number): PageWindow | null {
  if (offset >= total) return null;
  const count = Math.min(limit, total - offset);
  const fromEnd = total - offset - count;
  return fromEnd < offset
    ? { backward: true, offset: fromEnd, limit: count }
    : { backward: false, offset, limit: count };
}

/**
 * - `walk`: the sort index in order, each row read and tested (VPO's LIKE) until the page is full. Cheapest
 *   when matches are dense; with a search it runs under a budget of rows, since matches can all lie at the
 *   far end.
 * - `drive`: every match read from the search index, then filtered and sorted. Costs one row read per match.
 * - `probe`: the sort index in order, each rowid looked up in the search's set (no row read until it
 *   matches). Costs the set plus at most one step per job: bounded, whatever the order of the matches.
 */
export type PagePlan = 'walk' | 'drive' | 'probe';

/** The thresholds of {@link choosePagePlan}, in rows. */
export interface PagePlanLimits {
  /** Drive from the search index when it matches at most this many jobs (~3 µs a row at 1M jobs). */
  readonly driveMax: number;
  /** Rows a search walk may read before it gives up for `probe` (~4 µs a row). */
  readonly walkBudget: number;
}

export const DEFAULT_PAGE_PLAN_LIMITS: PagePlanLimits = { driveMax: 4000, walkBudget: 5000 };

/** What the reader knows when it picks a plan for a page with a search. */
export interface PagePlanInput {
  readonly window: PageWindow;
  /** Jobs matching every filter and the search (exact). */
  readonly total: number;
  /** Jobs the search alone matches, when the search index can tell (texts of 3+ characters). */
  readonly matches: number | null;
  /** An upper bound of the jobs a walk passes over (those of the other filters, or all). */
  readonly rows: number;
}

/**
 * The plan for a page with a search. A walk is tried only when, were the matches spread evenly, it would
 * read at most a quarter of its budget.
 *
 * @example choosePagePlan({ window, total: 12, matches: 12, rows: 1e6 }, DEFAULT_PAGE_PLAN_LIMITS) // 'drive'
 */
export function choosePagePlan(input: PagePlanInput, limits: PagePlanLimits): PagePlan {
  if (input.matches !== null && input.matches <= limits.driveMax) return 'drive';
  const expectedWalk = ((input.window.offset + input.window.limit) * input.rows) / input.total;
  return expectedWalk * 4 <= limits.walkBudget ? 'walk' : 'probe';
}
