/**
 * The bounds of VPO's polling settings (spec FR-003 and the data model), in milliseconds.
 */
export const POLLING_LIMITS = {
  /** Shortest accepted poll interval. */
  minInterval: 2_000,
  /** Longest accepted poll interval. */
  maxInterval: 60_000,
  /** Interval when the source gives none or garbage. */
  defaultInterval: 5_000,
  /** Log interval when the source gives none or garbage. */
  defaultLogInterval: 15_000,
  /**
   * Longest accepted log interval. The spec sets no upper bound; five minutes keeps a typo such as an extra
   * zero from silently freezing the log view.
   */
  maxLogInterval: 300_000,
} as const;
