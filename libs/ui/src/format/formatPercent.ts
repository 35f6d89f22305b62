/**
 * Clamps a progress value to 0–100 and rounds it, the way `aria-valuenow` and the visible label show it.
 * Returns `null` for missing or non-finite input.
 *
 * @example roundPercent(45.6) // 46
 */
export function roundPercent(value: number | null | undefined): number | null {
  if (value == null || !Number.isFinite(value)) return null;
  return Math.round(Math.min(100, Math.max(0, value)));
}

/** `45%`, or `—` when unknown. */
export function formatPercent(value: number | null | undefined): string {
  const rounded = roundPercent(value);
  return rounded == null ? '—' : `${rounded}%`;
}
