/**
 * The colours of a log line's ANSI runs, readable on the log's dark background (`--jd-log-bg` in
 * jobDetail.css, the same in both themes): the 16 named colours are the stylesheet's palette (`--jd-ansi-*`,
 * each at least 4.5:1 there), never a terminal's raw values — VGA red `#bb0000` on it is 2.6:1. A 256-colour or
 * true-colour foreground is drawn as given unless it is too dark to read, then lifted towards white until it is.
 */

/** `--jd-log-bg` (#111827) as an `r, g, b` triple: what a lifted colour is measured against. */
export const LOG_BACKGROUND: readonly [number, number, number] = [17, 24, 39];
/** WCAG AA for normal text, the bar axe-core checks. */
const MIN_CONTRAST = 4.5;

/** A CSS colour for an anser colour: `ansi-red` (a class name) → the palette's variable; `r, g, b` → `rgb()`. */
export function ansiColor(
  value: string | null | undefined,
  truecolor: string | null | undefined,
  layer: 'fg' | 'bg',
): string | null {
  if (!value) return null;
  if (value === 'ansi-truecolor') return truecolor ? rgbColor(parseTriple(truecolor), layer) : null;
  const palette = /^ansi-palette-(\d+)$/.exec(value);
  if (palette) return rgbColor(xterm256(Number(palette[1])), layer);
  return /^ansi-(bright-)?[a-z]+$/.test(value) ? `var(--jd-${value}-${layer})` : null;
}

function rgbColor(rgb: readonly number[] | null, layer: 'fg' | 'bg'): string | null {
  if (rgb === null) return null;
  const [r, g, b] = layer === 'fg' ? readable(rgb) : rgb;
  return `rgb(${r}, ${g}, ${b})`;
}

function parseTriple(text: string): number[] | null {
  const parts = text.split(',').map((part) => Number(part.trim()));
  return parts.length === 3 && parts.every((n) => Number.isInteger(n) && n >= 0 && n <= 255) ? parts : null;
}

/** xterm's 256 colours above the 16 named ones: a 6×6×6 cube, then 24 greys. */
function xterm256(index: number): number[] | null {
  if (!Number.isInteger(index) || index < 16 || index > 255) return null;
  if (index >= 232) return Array(3).fill(8 + (index - 232) * 10);
  const n = index - 16;
  const level = (step: number) => (step === 0 ? 0 : 55 + step * 40);
  return [level(Math.floor(n / 36)), level(Math.floor(n / 6) % 6), level(n % 6)];
}

/** WCAG relative luminance of an sRGB triple. */
function luminance(rgb: readonly number[]): number {
  const [r = 0, g = 0, b = 0] = rgb.map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastOnLog(rgb: readonly number[]): number {
  return (luminance(rgb) + 0.05) / (luminance(LOG_BACKGROUND) + 0.05);
}

/** The colour, or the first mix of it with white (in tenths) that reads at 4.5:1 on the log. */
function readable(rgb: readonly number[]): number[] {
  for (let tenth = 0; tenth <= 10; tenth += 1) {
    const mixed = rgb.map((c) => Math.round(c + ((255 - c) * tenth) / 10));
    if (contrastOnLog(mixed) >= MIN_CONTRAST) return mixed;
  }
  return [255, 255, 255];
}
