/**
 * Which lines are errors and warnings: the level words VPO's writers and Python's logging put in a line, in
 * capitals (`ERROR: /media/x.mkv: Permission denied`, `WARNING …`). Capitals only, so a file called
 * `error-notes.mkv` is not an error.
 */
export const ERROR_LEVEL = /\b(?:ERROR|FATAL|CRITICAL)\b/;
export const WARN_LEVEL = /\b(?:WARN|WARNING)\b/;

export type LogLevel = 'error' | 'warn';

/** @example lineLevel('[…] ERROR: /a.mkv: bad header') // 'error' */
export function lineLevel(text: string): LogLevel | null {
  if (ERROR_LEVEL.test(text)) return 'error';
  if (WARN_LEVEL.test(text)) return 'warn';
  return null;
}
