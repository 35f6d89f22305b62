import { describe, expect, it } from 'vitest';
import { hasBidiControls, revealBidiControls, splitBidiControls } from './splitBidiControls.ts';

/** Every bidi control the issue names, plus U+061C (also `Bidi_Control` in Unicode). */
const CONTROLS = [
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
].map((code) => String.fromCodePoint(code));

describe('splitBidiControls', () => {
  it('returns plain text as one segment', () => {
    expect(splitBidiControls('/media/a.mkv')).toEqual([{ kind: 'text', text: '/media/a.mkv' }]);
    expect(splitBidiControls('')).toEqual([{ kind: 'text', text: '' }]);
  });

  it('cuts a right-to-left override out as a named control', () => {
    expect(splitBidiControls('/tmp/report\u202Egnp.exe')).toEqual([
      { kind: 'text', text: '/tmp/report' },
      {
        kind: 'bidi-control',
        char: '\u202E',
        codePoint: 'U+202E',
        name: 'right-to-left override',
        marker: '⟨U+202E⟩',
        description: 'Hidden character U+202E (right-to-left override)',
      },
      { kind: 'text', text: 'gnp.exe' },
    ]);
  });

  it('finds every bidi control, at the start, the end and side by side', () => {
    for (const control of CONTROLS) {
      const segments = splitBidiControls(`${control}a${control}${control}b${control}`);
      expect(segments.map((s) => s.kind)).toEqual([
        'bidi-control',
        'text',
        'bidi-control',
        'bidi-control',
        'text',
        'bidi-control',
      ]);
      expect(segments.filter((s) => s.kind === 'bidi-control').every((s) => s.name !== '')).toBe(true);
    }
  });

  it('loses nothing: the segments put back together are the input', () => {
    const input = `x\u2067y\u202Dz\u200F${'w'.repeat(50)}\u2069`;
    const joined = splitBidiControls(input)
      .map((s) => (s.kind === 'text' ? s.text : s.char))
      .join('');
    expect(joined).toBe(input);
  });

  it('leaves other invisible or right-to-left characters alone', () => {
    for (const text of ['a\u200Bb', 'a\u200Db', 'שלום עולם', 'مرحبا']) {
      expect(splitBidiControls(text)).toEqual([{ kind: 'text', text }]);
      expect(hasBidiControls(text)).toBe(false);
    }
  });

  it('matches exactly the Unicode Bidi_Control set and the C0/C1 controls but tab and line breaks', () => {
    const found: number[] = [];
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (hasBidiControls(String.fromCodePoint(code))) found.push(code);
    }
    const c0c1 = [...Array(0x20).keys(), ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i)].filter(
      (code) => code !== 0x09 && code !== 0x0a && code !== 0x0d,
    );
    expect(found.map((c) => String.fromCodePoint(c))).toEqual([
      ...c0c1.map((c) => String.fromCodePoint(c)),
      ...CONTROLS,
    ]);
  });

  it('shows an escape sequence in a path as code points, never as the raw characters', () => {
    expect(revealBidiControls('/m/\u001b[31mRED\u0007.mkv')).toBe('/m/⟨U+001B⟩[31mRED⟨U+0007⟩.mkv');
    const escape = splitBidiControls('a\u001bb')[1];
    expect(escape).toMatchObject({ codePoint: 'U+001B', name: 'escape' });
    expect(splitBidiControls('a\u0001b')[1]).toMatchObject({ name: 'control character' });
    expect(hasBidiControls('two\tcolumns\nand lines\r\n')).toBe(false);
  });
});

describe('revealBidiControls', () => {
  it('replaces each control by its visible marker, for title and aria-label text', () => {
    expect(revealBidiControls('/tmp/report\u202Egnp.exe')).toBe('/tmp/report⟨U+202E⟩gnp.exe');
    expect(revealBidiControls('\u2066a\u2069')).toBe('⟨U+2066⟩a⟨U+2069⟩');
  });

  it('returns text without controls unchanged', () => {
    const text = '/media/movies/a.mkv';
    expect(revealBidiControls(text)).toBe(text);
  });
});
