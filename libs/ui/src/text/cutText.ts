/**
 * Values longer than this many characters (UTF-16 code units) are cut on screen, with a toggle that shows
 * them whole: a 10,000-character path or error would otherwise fill pages. The one place the limit lives.
 */
export const CUT_LIMIT = 200;

/** Share of a cut path kept from its end: the file name is what the operator looks for. */
const PATH_TAIL_SHARE = 0.6;

/** Where a long value is cut: `end` keeps its start (messages), `middle` keeps both ends (paths). */
export type CutMode = 'end' | 'middle';

/** What stays on screen of a long value: `head` + `…` + `tail` (`tail` is empty for `end`). */
export interface CutValue {
  head: string;
  tail: string;
  /** Characters left out between `head` and `tail`. */
  hidden: number;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Cuts a value longer than `limit` to at most `limit` characters: its start (`end`), or its start and its end
 * (`middle`, 40/60, so a path keeps its file name). Never splits a character made of two code units. `null`
 * when the value fits.
 *
 * @example cutText('/m/' + 'x'.repeat(500) + '/a.mkv', 'middle') // { head: '/m/xxx…', tail: '…xx/a.mkv', hidden: 309 }
 */
export function cutText(text: string, mode: CutMode, limit = CUT_LIMIT): CutValue | null {
  if (text.length <= limit) return null;
  let tailLength = mode === 'middle' ? Math.round(limit * PATH_TAIL_SHARE) : 0;
  let headLength = limit - tailLength;
  if (headLength > 0 && isHighSurrogate(text.charCodeAt(headLength - 1))) headLength -= 1;
  if (tailLength > 0 && isLowSurrogate(text.charCodeAt(text.length - tailLength))) tailLength -= 1;
  return {
    head: text.slice(0, headLength),
    tail: tailLength > 0 ? text.slice(text.length - tailLength) : '',
    hidden: text.length - headLength - tailLength,
  };
}
