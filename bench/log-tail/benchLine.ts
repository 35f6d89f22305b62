/**
 * Line `index` (0-based) of the synthetic log. Self-contained (no imports, no closures) because its source is
 * also sent into the page, where the on-screen model is checked against it line by line.
 */
export function benchLine(index: number): string {
  const seconds = Math.floor(index / 50);
  const hh = String(Math.floor(seconds / 3600) % 24).padStart(2, '0');
  const mm = String(Math.floor(seconds / 60) % 60).padStart(2, '0');
  const ss = String(seconds % 60).padStart(2, '0');
  const micros = String((index % 50) * 20_000).padStart(6, '0');
  return `[2026-02-01T${hh}:${mm}:${ss}.${micros}Z] scanned /media/library/show-${index % 97}/episode-${index}.mkv`;
}
