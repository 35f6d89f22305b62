/**
 * Text metrics for the chart. Labels are drawn in a monospace font (see statechart.css), so their width is a
 * pure function of their length: the layout runs the same in node (tests) and in the browser, with no
 * canvas measuring.
 */
export const CHART_FONT = {
  /** px; the `font-size` of `.chart-label` and `.chart-state-title` in statechart.css. */
  size: 11,
  /** Advance of one monospace glyph at that size (0.6 em, DejaVu Sans Mono / Menlo / Consolas). */
  charWidth: 6.7,
  lineHeight: 14,
} as const;

/** Width in px of one line of chart text. */
export function textWidth(text: string): number {
  return Math.ceil([...text].length * CHART_FONT.charWidth);
}
