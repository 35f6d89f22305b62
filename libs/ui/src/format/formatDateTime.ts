/** Locale and zone overrides (the browser's own are used when omitted), and how precise the time is. */
export interface DateTimeFormatOptions {
  locale?: string;
  timeZone?: string;
  /** `seconds` (default): `Feb 1, 2026, 10:00:00 AM`; `minutes`: `Feb 1, 10:00 AM` (no year, for tables). */
  precision?: 'seconds' | 'minutes';
}

const cache = new Map<string, Intl.DateTimeFormat>();

function formatter({ locale, timeZone, precision = 'seconds' }: DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${timeZone ?? ''}|${precision}`;
  let format = cache.get(key);
  if (!format) {
    const seconds = precision === 'seconds';
    format = new Intl.DateTimeFormat(locale, {
      year: seconds ? 'numeric' : undefined,
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: seconds ? '2-digit' : undefined,
      timeZone,
    });
    cache.set(key, format);
  }
  return format;
}

/**
 * Formats epoch ms as a local date and time (the operator's zone), e.g. `Feb 1, 2026, 10:00:00 AM`.
 * Formatters are cached: a 100-row table re-renders dates on every poll.
 */
export function formatDateTime(timestamp: number, options: DateTimeFormatOptions = {}): string {
  return formatter(options).format(timestamp);
}
