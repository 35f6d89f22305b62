const ISO_PATTERN = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses the timestamps VPO writes (`2026-02-01T10:00:00.123456+00:00`, Python's `isoformat()`), as well as
 * `Z` suffixes and zone-less strings, which are read as UTC because VPO stores UTC. Returns epoch ms, or
 * `null` for anything unparseable — callers render a placeholder instead of "Invalid Date".
 *
 * @example parseTimestamp('2026-02-01T10:00:00.123456+00:00') // 1769940000123
 */
export function parseTimestamp(value: string | null | undefined): number | null {
  if (typeof value !== 'string') return null;
  const match = ISO_PATTERN.exec(value.trim());
  if (!match) return null;
  const [, date, time, fraction, zone] = match;
  // Date.parse handles at most millisecond precision reliably across engines; Python sends microseconds.
  const millis = fraction ? `.${fraction.slice(0, 3).padEnd(3, '0')}` : '';
  const offset =
    !zone || zone.toUpperCase() === 'Z'
      ? 'Z'
      : zone.includes(':')
        ? zone
        : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const ms = Date.parse(`${date}T${time}${millis}${offset}`);
  return Number.isNaN(ms) ? null : ms;
}
