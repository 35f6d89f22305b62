/**
 * Python's string rules that VPO's parameter handling relies on: `str.strip()`, slicing by code point,
 * `int(str)` and SQLite's ASCII-only `LOWER()`.
 */

// Python's str.isspace() set (Unicode White_Space plus the ASCII separators 0x1c–0x1f).
const PY_SPACE =
  '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const STRIP = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'g');

/** `s.strip()` with no argument. */
export function pyStrip(value: string): string {
  return value.replace(STRIP, '');
}

/** `s[:count]`: Python slices by code point, not by UTF-16 unit. */
export function pySliceCodePoints(value: string, count: number): string {
  let out = '';
  let taken = 0;
  for (const char of value) {
    if (taken >= count) break;
    out += char;
    taken += 1;
  }
  return out;
}

/** Length in code points (Python's `len(s)`). */
export function pyLength(value: string): number {
  let length = 0;
  for (const _char of value) length += 1;
  return length;
}

const PY_INT = /^[+-]?\d(?:_?\d)*$/;

/**
 * `int(s)` for a base-10 string: surrounding whitespace, a sign, leading zeros and single underscores
 * between digits are accepted; anything else (`"1.5"`, `"1e3"`, `"0x10"`, `""`) is not an int → `null`.
 * Non-ASCII decimal digits, which Python also accepts, are treated as not an int. Results beyond ±2^53 are
 * capped there (every caller clamps them further).
 */
export function parsePyInt(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const text = pyStrip(value);
  if (!PY_INT.test(text)) return null;
  const parsed = Number(text.replace(/_/g, ''));
  if (!Number.isFinite(parsed))
    return text.startsWith('-') ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER;
  // `+ 0` turns -0 into 0, as Python has no negative zero int.
  return Math.max(-Number.MAX_SAFE_INTEGER, Math.min(Number.MAX_SAFE_INTEGER, parsed)) + 0;
}

/** SQLite's `LOWER()` without ICU: only A–Z change. */
export function asciiLower(value: string): string {
  return value.replace(/[A-Z]/g, (char) => char.toLowerCase());
}

/** Compares as SQLite's BINARY collation does (UTF-8 bytes ≡ code points), not by UTF-16 unit. */
export function compareBinary(a: string, b: string): number {
  if (a === b) return 0;
  const left = a[Symbol.iterator]();
  const right = b[Symbol.iterator]();
  for (;;) {
    const l = left.next();
    const r = right.next();
    if (l.done || r.done) return l.done ? (r.done ? 0 : -1) : 1;
    const diff = (l.value.codePointAt(0) ?? 0) - (r.value.codePointAt(0) ?? 0);
    if (diff !== 0) return diff < 0 ? -1 : 1;
  }
}

/** Replaces lone UTF-16 surrogates by U+FFFD, as URL encoding does. */
export function toWellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}
