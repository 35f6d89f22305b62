/**
 * VPO's job log line format: `[YYYY-MM-DDTHH:MM:SS.ffffffZ] <text>` (`JobLogWriter.write_line`).
 */

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** The bracketed stamp VPO's writer puts before each line (`strftime('%Y-%m-%dT%H:%M:%S.%fZ')`). */
export function formatLogTimestamp(date: Date | number): string {
  const d = typeof date === 'number' ? new Date(date) : date;
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    `.${pad(d.getUTCMilliseconds() * 1000, 6)}Z`
  );
}

/**
 * One log line as VPO writes it.
 * @example formatLogLine(new Date('2026-02-01T10:00:01Z'), 'JOB START: 6f1c…') // '[2026-02-01T10:00:01.000000Z] JOB START: 6f1c…'
 */
export function formatLogLine(date: Date | number, text: string): string {
  return `[${formatLogTimestamp(date)}] ${text}`;
}

/** The stamp's width in characters (and UTF-8 bytes), brackets included: `[YYYY-MM-DDTHH:MM:SS.ffffffZ]`. */
export const LOG_STAMP_WIDTH = 29;

/** A parsed log line: the raw stamp, the instant (millisecond precision) and the text after it. */
export interface ParsedLogLine {
  timestamp: string;
  date: Date;
  text: string;
}

const LOG_LINE = /^\[(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z)\] ?(.*)$/s;

/**
 * Splits a log line into stamp and text. Lines without a valid stamp (a multi-line message continues on
 * unstamped lines) give `null`; render those as plain text.
 */
export function parseLogLine(line: string): ParsedLogLine | null {
  const match = LOG_LINE.exec(line);
  if (!match) return null;
  const [, timestamp = '', text = ''] = match;
  const date = new Date(`${timestamp.slice(0, 23)}Z`);
  if (Number.isNaN(date.getTime())) return null;
  return { timestamp, date, text };
}
