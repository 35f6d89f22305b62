// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ansiColor, contrastOnLog, LOG_BACKGROUND } from './ansiColor.ts';
import { ansiSegments } from './ansiText.ts';

// The stylesheet as written: the palette's one home, which these checks hold to its promise.
const css = readFileSync(new URL('../styles/jobDetail.css', import.meta.url), 'utf8');
const variable = (name: string): string => {
  const value = new RegExp(`${name}:\\s*(#[0-9a-f]{6});`, 'i').exec(css)?.[1];
  if (!value) throw new Error(`${name} is not in jobDetail.css`);
  return value;
};
const hex = (value: string) => [1, 3, 5].map((i) => parseInt(value.slice(i, i + 2), 16));
const rgb = (css: string | null) => (css ?? '').match(/\d+/g)?.map(Number) ?? [];
const NAMES = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'].flatMap((n) => [
  n,
  `bright-${n}`,
]);

describe('ANSI colours in the log', () => {
  it('measures against the stylesheet’s log background', () => {
    expect(hex(variable('--jd-log-bg'))).toEqual([...LOG_BACKGROUND]);
  });

  it.each(NAMES)(
    'draws %s from the palette, readable on the log (4.5:1), and the log’s text on its background',
    (name) => {
      expect(ansiColor(`ansi-${name}`, null, 'fg')).toBe(`var(--jd-ansi-${name}-fg)`);
      expect(contrastOnLog(hex(variable(`--jd-ansi-${name}-fg`)))).toBeGreaterThanOrEqual(4.5);
      const text = hex(variable('--jd-log-fg'));
      const background = hex(variable(`--jd-ansi-${name}-bg`));
      // Contrast of the log's text on that background: the same formula with the background as the reference.
      const ratio = (a: number[], b: number[]) => {
        const l = (c: number[]) =>
          c
            .map((v) => v / 255)
            .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
            .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
        const [hi, lo] = [l(a), l(b)].sort((x, y) => y - x);
        return (hi! + 0.05) / (lo! + 0.05);
      };
      expect(ratio(text, background)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('lifts a dark 256-colour or true-colour foreground until it reads, and keeps a readable one', () => {
    const navy = ansiSegments('\u001b[38;5;17mnavy\u001b[0m')[0]?.style?.fg ?? null;
    expect(contrastOnLog(rgb(navy))).toBeGreaterThanOrEqual(4.5);
    const invisible = ansiSegments('\u001b[38;2;17;24;39mhidden\u001b[0m')[0]?.style?.fg ?? null;
    expect(contrastOnLog(rgb(invisible))).toBeGreaterThanOrEqual(4.5);
    expect(ansiSegments('\u001b[38;2;255;200;0mgold')[0]?.style?.fg).toBe('rgb(255, 200, 0)');
    expect(ansiSegments('\u001b[38;5;231mwhite')[0]?.style?.fg).toBe('rgb(255, 255, 255)');
  });

  it('forgets a true colour after a reset (anser keeps it on later runs)', () => {
    const [, , after] = ansiSegments('\u001b[38;2;10;200;30mt\u001b[0m \u001b[41mb');
    expect(after?.style).toMatchObject({ fg: null, bg: 'var(--jd-ansi-red-bg)' });
  });

  it('ignores what is not a colour', () => {
    expect(ansiColor('ansi-palette-999', null, 'fg')).toBeNull();
    expect(ansiColor('ansi-truecolor', '1, 2', 'fg')).toBeNull();
    expect(ansiColor('url(x)', null, 'fg')).toBeNull();
    expect(ansiSegments('\u001b[2mfaint\u001b[0m')[0]?.style).toBeNull();
  });
});
