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
  /**
   * A transition line longer than this (characters) breaks before its guard and before its `→ target`:
   * guards are the long part of a label, and a chart of narrow labels fits a wide frame at a readable size.
   */
  wrapAt: 22,
} as const;

/** Width in px of one row of chart text. */
export function textWidth(text: string): number {
  return Math.ceil([...text].length * CHART_FONT.charWidth);
}

/**
 * The rows a transition line is drawn in: the whole line when it is short, else broken before ` [guard]`
 * and ` → target` (never inside a name), rows joined greedily up to {@link CHART_FONT.wrapAt} characters.
 *
 * @example lineRows('FETCH.FAILURE [reachesErrorThreshold]') // ['FETCH.FAILURE', '[reachesErrorThreshold]']
 */
export function lineRows(text: string): string[] {
  if ([...text].length <= CHART_FONT.wrapAt) return [text];
  const rows: string[] = [];
  for (const part of text.split(/ (?=\[|→)/)) {
    const last = rows.at(-1);
    if (last !== undefined && [...`${last} ${part}`].length <= CHART_FONT.wrapAt)
      rows[rows.length - 1] = `${last} ${part}`;
    else rows.push(part);
  }
  return rows;
}

/** Width in px of a block of transition lines, each drawn in its {@link lineRows}. */
export function linesWidth(lines: readonly { readonly text: string }[]): number {
  return Math.max(0, ...lines.flatMap((line) => lineRows(line.text).map(textWidth)));
}

/** How many rows a block of transition lines takes. */
export function rowCount(lines: readonly { readonly text: string }[]): number {
  return lines.reduce((sum, line) => sum + lineRows(line.text).length, 0);
}
