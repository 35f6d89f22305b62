/**
 * VPO's timestamps: Python writes `datetime.now(timezone.utc).isoformat()`
 * (`2026-02-01T10:00:00.123456+00:00`) and reads them back with `fromisoformat` after turning `Z` into
 * `+00:00`. Durations are computed to the microsecond, so parsing here keeps microseconds too.
 */

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/**
 * Formats an instant as Python's `datetime.isoformat()` of an aware UTC datetime. Like Python, the
 * fraction is left out when it is zero (`2026-02-01T10:00:00+00:00`).
 *
 * @param value a Date or epoch milliseconds (a fractional part adds microseconds)
 * @example formatTimestamp(Date.UTC(2026, 1, 1, 10, 0, 0, 123)) // '2026-02-01T10:00:00.123000+00:00'
 */
export function formatTimestamp(value: Date | number): string {
  const epochMs = typeof value === 'number' ? value : value.getTime();
  const wholeMs = Math.floor(epochMs);
  const micros = Math.round((epochMs - wholeMs) * 1000) + (((wholeMs % 1000) + 1000) % 1000) * 1000;
  const date = new Date(wholeMs);
  const base =
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${base}${micros === 0 ? '' : `.${pad(micros, 6)}`}+00:00`;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?(?:([+-])(\d{2}):?(\d{2})(?::?(\d{2}))?)?$/;

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Parses a timestamp the way VPO does (`parse_iso_timestamp`): ISO-8601 date and time, any `Z` read as
 * `+00:00`, naive times taken as UTC. Returns epoch microseconds, or `null` when Python would raise.
 */
export function parseTimestampMicros(text: string): number | null {
  const match = ISO.exec(text.replace(/Z/g, '+00:00'));
  if (!match) return null;
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', sign, oh = '0', om = '0', os = '0'] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  if (Number(oh) > 23 || Number(om) > 59 || Number(os) > 59) return null;
  const micros = Number(fraction.slice(0, 6).padEnd(6, '0'));
  const offsetSeconds = (sign === '-' ? -1 : 1) * (Number(oh) * 3600 + Number(om) * 60 + Number(os));
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return (date.getTime() / 1000 - (sign ? offsetSeconds : 0)) * 1_000_000 + micros;
}

/**
 * `int((completed - created).total_seconds())`: whole seconds, truncated toward zero; `null` when either
 * timestamp is missing or unparseable (VPO's `calculate_duration_seconds`).
 */
export function durationSeconds(
  createdAt: string | null | undefined,
  completedAt: string | null | undefined,
): number | null {
  if (!createdAt || !completedAt) return null;
  const start = parseTimestampMicros(createdAt);
  const end = parseTimestampMicros(completedAt);
  if (start === null || end === null) return null;
  const diff = end - start;
  return (diff - (diff % 1_000_000)) / 1_000_000 + 0;
}
