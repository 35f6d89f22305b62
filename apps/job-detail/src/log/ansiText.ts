import Anser from 'anser';

/** How one run of a line's text looks, from its ANSI SGR codes. Colours are `r, g, b` triples. */
export interface AnsiStyle {
  readonly fg: string | null;
  readonly bg: string | null;
  readonly bold: boolean;
  readonly dim: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
}

export interface AnsiSegment {
  readonly text: string;
  readonly style: AnsiStyle | null;
}

const ESC = '\u001b';

/** True when the line holds an escape character (nearly no line does, so the rest skip the parser). */
export const hasAnsi = (line: string): boolean => line.includes(ESC);

/** The line as shown: escape sequences removed (what the operator reads, searches and copies from the page). */
export function stripAnsi(line: string): string {
  return hasAnsi(line) ? Anser.ansiToText(line) : line;
}

/**
 * The line's text cut where its colours change, by anser (a kept parser of ANSI sequences). Only text and
 * colour values come out, never markup: the caller renders each segment as a text node with a style.
 *
 * @example ansiSegments('\u001b[31mred\u001b[0m ok') // [{ text: 'red', style: { fg: '187, 0, 0', … } }, { text: ' ok', style: null }]
 */
export function ansiSegments(line: string): AnsiSegment[] {
  if (!hasAnsi(line)) return [{ text: line, style: null }];
  return Anser.ansiToJson(line, { json: true, remove_empty: true }).map((entry) => {
    const decorations = entry.decorations ?? [];
    const plain = !entry.fg && !entry.bg && decorations.length === 0;
    return {
      text: entry.content,
      style: plain
        ? null
        : {
            fg: entry.fg_truecolor || entry.fg || null,
            bg: entry.bg_truecolor || entry.bg || null,
            bold: decorations.includes('bold'),
            dim: decorations.includes('dim'),
            italic: decorations.includes('italic'),
            underline: decorations.includes('underline'),
          },
    };
  });
}
