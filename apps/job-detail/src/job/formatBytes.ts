const UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'] as const;

/**
 * A byte count as short text in powers of 1024 (`1.5 GB`), or `null` for anything that is not a
 * non-negative finite number, so callers can fall back to showing the raw value.
 *
 * @example formatBytes(1_610_612_736) // '1.5 GB'
 */
export function formatBytes(value: unknown): string | null {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return null;
  let amount = value;
  let unit = 0;
  while (amount >= 1024 && unit < UNITS.length - 1) {
    amount /= 1024;
    unit++;
  }
  const digits = unit === 0 || amount >= 100 ? 0 : 1;
  return `${amount.toFixed(digits).replace(/\.0$/, '')} ${UNITS[unit]}`;
}
