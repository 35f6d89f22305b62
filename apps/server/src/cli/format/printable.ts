/**
 * Text from the database (file paths, error messages, log lines) made safe for a terminal: control
 * characters — escape sequences could move the cursor, recolour or retitle the terminal — are shown as
 * `\xNN` instead of being sent. Tabs stay.
 *
 * @example printable('a\u001b[2Jb') // 'a\\x1b[2Jb'
 */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, (char) => {
    return `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;
  });
}

/** `2026-02-01T10:00:01.123456+00:00` → `2026-02-01 10:00:01` (UTC, as stored); `-` when missing. */
export function shortTimestamp(value: string | null | undefined): string {
  return value ? value.slice(0, 19).replace('T', ' ') : '-';
}
