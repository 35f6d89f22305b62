import { escapeControls } from '../../text/escapeControls.ts';

/**
 * Text from the database (file paths, error messages, log lines) made safe for a terminal: control
 * characters — escape sequences could move the cursor, recolour or retitle the terminal — are shown as
 * `\xNN` instead of being sent (`escapeControls`), and bidirectional controls (Unicode's `Bidi_Control`: a path with U+202E
 * reads backwards) as `<U+202E>`, as the pages show them. Tabs stay.
 *
 * @example printable('a\u001b[2Jb') // 'a\\x1b[2Jb'
 * @example printable('report\u202Egnp.exe') // 'report<U+202E>gnp.exe'
 */
export function printable(text: string): string {
  return escapeControls(text).replace(
    /\p{Bidi_Control}/gu,
    (char) => `<U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}>`,
  );
}

/** `2026-02-01T10:00:01.123456+00:00` → `2026-02-01 10:00:01` (UTC, as stored); `-` when missing. */
export function shortTimestamp(value: string | null | undefined): string {
  return value ? value.slice(0, 19).replace('T', ' ') : '-';
}
