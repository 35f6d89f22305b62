/**
 * Unicode's bidirectional control characters (the `Bidi_Control` property): the embeddings and overrides
 * U+202A–U+202E, the isolates U+2066–U+2069 and the marks U+200E, U+200F and U+061C. Invisible, yet they
 * reorder the text around them: a file named `report\u202Egnp.exe` reads `reportexe.png`. Taken from the
 * Unicode property itself, so the set cannot drift from the standard. The C0 and C1 control characters
 * (but tab and line breaks) go with them: as invisible, drawn as empty boxes at best, and an escape sequence
 * in a path (`\u001b]0;…`) is a terminal's command — every one is shown as its code point instead.
 */
const CONTROL_CLASS = '[\\p{Bidi_Control}\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]';
const BIDI_CONTROL = new RegExp(CONTROL_CLASS, 'u');
const BIDI_CONTROLS = new RegExp(CONTROL_CLASS, 'gu');

const NAMES: Readonly<Record<string, string>> = {
  '\u0000': 'null',
  '\u0007': 'bell',
  '\u0008': 'backspace',
  '\u001B': 'escape',
  '\u007F': 'delete',
  '\u061C': 'Arabic letter mark',
  '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark',
  '\u202A': 'left-to-right embedding',
  '\u202B': 'right-to-left embedding',
  '\u202C': 'pop directional formatting',
  '\u202D': 'left-to-right override',
  '\u202E': 'right-to-left override',
  '\u2066': 'left-to-right isolate',
  '\u2067': 'right-to-left isolate',
  '\u2068': 'first strong isolate',
  '\u2069': 'pop directional isolate',
};

/** A bidi control as the page shows it instead of letting it act. */
export interface BidiControl {
  kind: 'bidi-control';
  /** The character itself. */
  char: string;
  /** `U+202E` */
  codePoint: string;
  /** `right-to-left override` */
  name: string;
  /** The visible marker: `⟨U+202E⟩`. */
  marker: string;
  /** `Hidden character U+202E (right-to-left override)`, for the marker's title. */
  description: string;
}

/** A run of text without bidi controls, or one control. */
export type TextSegment = { kind: 'text'; text: string } | BidiControl;

function describeControl(char: string): BidiControl {
  const codePoint = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const name =
    NAMES[char] ?? (/\p{Bidi_Control}/u.test(char) ? 'bidirectional control' : 'control character');
  return {
    kind: 'bidi-control',
    char,
    codePoint,
    name,
    marker: `⟨${codePoint}⟩`,
    description: `Hidden character ${codePoint} (${name})`,
  };
}

/**
 * True when `text` holds a bidi control. One regular-expression test, so callers that draw many values (the
 * log) take the slow path only for the values that need it.
 */
export function hasBidiControls(text: string): boolean {
  return BIDI_CONTROL.test(text);
}

/**
 * Splits a server string into plain runs and the bidi controls between them, so each control can be drawn as
 * a visible marker instead of reordering the text. Concatenating the segments (`text`, `char`) gives the
 * input back.
 *
 * @example
 * splitBidiControls('a\u202Egnp.exe')
 * // [{ kind: 'text', text: 'a' }, { kind: 'bidi-control', codePoint: 'U+202E', marker: '⟨U+202E⟩', … },
 * //  { kind: 'text', text: 'gnp.exe' }]
 */
export function splitBidiControls(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(BIDI_CONTROLS)) {
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    segments.push(describeControl(match[0]));
    last = match.index + match[0].length;
  }
  if (last < text.length || segments.length === 0) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}

/**
 * The text with every bidi control replaced by its visible marker (`⟨U+202E⟩`), for places that take plain
 * text only — `title` and `aria-label` attributes — where a control would otherwise still reorder the text.
 *
 * @example revealBidiControls('a\u202Egnp.exe') // 'a⟨U+202E⟩gnp.exe'
 */
export function revealBidiControls(text: string): string {
  return hasBidiControls(text) ? text.replace(BIDI_CONTROLS, (char) => describeControl(char).marker) : text;
}
