/**
 * A plain-text search straight over UTF-8 bytes (Horspool's algorithm), so the whole log is searched without
 * decoding it into strings: on a million lines decoding alone would cost more than the search's time budget.
 * UTF-8 never starts a character inside another, so a byte match of a whole encoded needle is a text match.
 * Ignoring case is done on ASCII letters only, which is exact when the needle is ASCII (bytes of other
 * characters are all ≥ 0x80 and never equal an ASCII byte); other needles are searched as decoded text.
 */

export interface BytePattern {
  /** The needle's bytes, folded to lower case when ignoring case. */
  readonly bytes: Uint8Array;
  /** Byte → itself, or A–Z → a–z when ignoring case. */
  readonly fold: Uint8Array;
  /** How far the window may move when its last byte is `b` (Horspool's bad-character shift). */
  readonly shift: Uint32Array;
}

const IDENTITY = Uint8Array.from({ length: 256 }, (_, b) => b);
const ASCII_LOWER = Uint8Array.from({ length: 256 }, (_, b) => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b));
const encoder = new TextEncoder();

/** The byte pattern of a plain-text needle, or null when only a decoded search can honour it. */
export function bytePattern(needle: string, caseSensitive: boolean): BytePattern | null {
  // eslint-disable-next-line no-control-regex
  if (needle === '' || (!caseSensitive && /[^\u0000-\u007f]/.test(needle))) return null;
  const fold = caseSensitive ? IDENTITY : ASCII_LOWER;
  const bytes = encoder.encode(needle).map((b) => fold[b] as number);
  const shift = new Uint32Array(256).fill(bytes.length);
  for (let i = 0; i < bytes.length - 1; i++) shift[bytes[i] as number] = bytes.length - 1 - i;
  // Ignoring case, an upper-case byte in the haystack shifts as its lower-case twin.
  if (!caseSensitive) for (let b = 0x41; b <= 0x5a; b++) shift[b] = shift[b + 0x20] as number;
  return { bytes, fold, shift };
}

/** Calls `found(start, end)` for each non-overlapping match in `haystack`, left to right. */
export function forEachByteMatch(
  pattern: BytePattern,
  haystack: Uint8Array,
  found: (start: number, end: number) => void,
): void {
  const { bytes, fold, shift } = pattern;
  const last = bytes.length - 1;
  const lastByte = bytes[last] as number;
  const end = haystack.length - last;
  let at = 0;
  while (at < end) {
    const tail = haystack[at + last] as number;
    if (fold[tail] === lastByte) {
      let j = last - 1;
      while (j >= 0 && fold[haystack[at + j] as number] === bytes[j]) j--;
      if (j < 0) {
        found(at, at + bytes.length);
        at += bytes.length;
        continue;
      }
    }
    at += shift[tail] as number;
  }
}
