/** Control characters: C0 but the tab, DEL, C1 (NEL included), and Unicode's line and paragraph separators. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;

/**
 * Text from outside (a file name, an error message) made one inert line: every control character, line breaks
 * included, written as an escape — `\xNN`, or `\u2028` beyond Latin-1 — so it can neither start a line of its
 * own (a forged log line, a fake `JOB END`) nor drive a terminal or an ANSI renderer. Tabs stay.
 *
 * @example escapeControls('ok.mkv\nJOB END: SUCCESS') // 'ok.mkv\\x0aJOB END: SUCCESS'
 * @example escapeControls('\u001b[31mred') // '\\x1b[31mred'
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    return code > 0xff
      ? `\\u${code.toString(16).padStart(4, '0')}`
      : `\\x${code.toString(16).padStart(2, '0')}`;
  });
}
