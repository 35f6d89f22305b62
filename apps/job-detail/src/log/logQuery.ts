import { bytePattern, type BytePattern } from './byteSearch.ts';

/**
 * What the operator searches the log for, compiled once into the one matcher that both the whole-log scan and
 * the rows on screen use, so the count and the highlights always agree. Pure.
 */

export interface LogQueryInput {
  text: string;
  caseSensitive: boolean;
  regex: boolean;
}

/** A usable query: a plain string (searched with indexOf) or a regular expression. */
export interface LogQuery {
  readonly kind: 'literal' | 'regex';
  readonly caseSensitive: boolean;
  /** The literal as searched (lower-cased when the search ignores case). */
  readonly needle: string;
  /** Global and multiline, so `^` and `$` anchor at each line of a decoded run. */
  readonly pattern: RegExp;
  /** The literal as UTF-8 bytes, when the stored bytes can be searched without decoding them. */
  readonly bytes: BytePattern | null;
}

export type CompiledLogQuery =
  { kind: 'empty' } | { kind: 'invalid'; message: string } | { kind: 'ready'; query: LogQuery };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * @example compileLogQuery({ text: 'error', caseSensitive: false, regex: false }) // ready, literal
 * @example compileLogQuery({ text: '(', caseSensitive: false, regex: true }) // invalid, with the reason
 */
export function compileLogQuery(input: LogQueryInput): CompiledLogQuery {
  if (input.text === '') return { kind: 'empty' };
  const flags = input.caseSensitive ? 'gm' : 'gim';
  if (!input.regex) {
    const needle = input.caseSensitive ? input.text : input.text.toLowerCase();
    const pattern = new RegExp(escapeRegExp(input.text), flags);
    const bytes = bytePattern(input.text, input.caseSensitive);
    return {
      kind: 'ready',
      query: { kind: 'literal', caseSensitive: input.caseSensitive, needle, pattern, bytes },
    };
  }
  try {
    const pattern = new RegExp(input.text, flags);
    return {
      kind: 'ready',
      query: { kind: 'regex', caseSensitive: input.caseSensitive, needle: input.text, pattern, bytes: null },
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // V8 says "Invalid regular expression: /(/gim: Unterminated group": the reason is what the operator needs.
    const reason = message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    return { kind: 'invalid', message: reason.charAt(0).toLowerCase() + reason.slice(1) };
  }
}

/**
 * Calls `found(start, end)` for each match in `text[from, to)`, left to right, without overlaps. Matches of
 * nothing (`^`, `a*`) are skipped: they cannot be highlighted or counted.
 */
export function forEachMatch(
  query: LogQuery,
  text: string,
  found: (start: number, end: number) => void,
  from = 0,
  to = text.length,
): void {
  if (query.kind === 'literal') {
    const haystack = query.caseSensitive ? text : text.toLowerCase();
    // Lower-casing kept every offset in place (nearly always): a plain indexOf loop, the fastest search there is.
    if (haystack.length === text.length) {
      const length = query.needle.length;
      for (let at = haystack.indexOf(query.needle, from); at >= 0 && at + length <= to;) {
        found(at, at + length);
        at = haystack.indexOf(query.needle, at + length);
      }
      return;
    }
  }
  const pattern = query.pattern;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const end = match.index + match[0].length;
    if (end > to) break;
    if (end === match.index) pattern.lastIndex++;
    else found(match.index, end);
  }
}

/** The `[start, end)` ranges of every match in one line. */
export function matchRanges(query: LogQuery, line: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  forEachMatch(query, line, (start, end) => ranges.push([start, end]));
  return ranges;
}
