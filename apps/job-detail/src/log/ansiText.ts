import Anser from 'anser';
import { ansiColor } from './ansiColor.ts';

/**
 * How one run of a line's text looks, from its ANSI SGR codes. Colours are CSS colours readable on the log
 * (`ansiColor`). Faint (SGR 2) is not drawn: fainter text would not be readable on the log's background.
 */
export interface AnsiStyle {
  readonly fg: string | null;
  readonly bg: string | null;
  readonly bold: boolean;
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
 * @example ansiSegments('\u001b[31mred\u001b[0m ok') // [{ text: 'red', style: { fg: 'var(--jd-ansi-red-fg)', … } }, { text: ' ok', style: null }]
 */
export function ansiSegments(line: string): AnsiSegment[] {
  if (!hasAnsi(line)) return [{ text: line, style: null }];
  return Anser.ansiToJson(line, { json: true, remove_empty: true, use_classes: true }).map((entry) => {
    const decorations = entry.decorations ?? [];
    // anser keeps the last true colour after a reset: it counts only where the run says `ansi-truecolor`.
    const fg = ansiColor(entry.fg, entry.fg_truecolor, 'fg');
    const bg = ansiColor(entry.bg, entry.bg_truecolor, 'bg');
    const bold = decorations.includes('bold');
    const italic = decorations.includes('italic');
    const underline = decorations.includes('underline');
    return {
      text: entry.content,
      style: fg || bg || bold || italic || underline ? { fg, bg, bold, italic, underline } : null,
    };
  });
}
