import { describe, expect, it } from 'vitest';
import { pyFixed, pyPercent } from './pyFixed.ts';
import { pyPathName } from './pyPathName.ts';
import { pyFloatRepr, pyRepr, pyStr } from './pyRepr.ts';
import { asciiLower, compareBinary, parsePyInt, pyLength, pySliceCodePoints, pyStrip } from './pyText.ts';

// Expected values were printed by CPython 3.11.

describe('pyRepr / pyStr', () => {
  it('prints floats as Python’s repr', () => {
    const cases: [number, string][] = [
      [1e16, '1e+16'],
      [1.5e-5, '1.5e-05'],
      [0.0001, '0.0001'],
      [123.456, '123.456'],
      [1e22 + 0.5, '1e+22'],
      [-0.5, '-0.5'],
      [2.5e-7, '2.5e-07'],
      [-0, '-0.0'],
    ];
    for (const [value, text] of cases) expect(pyFloatRepr(value), String(value)).toBe(text);
  });

  it('quotes and escapes strings as repr does', () => {
    expect(pyRepr('a\nb\tc\x00\x7f\x85\u2028 \u00e9\u{1F600}')).toBe(
      "'a\\nb\\tc\\x00\\x7f\\x85\\u2028 \u00e9\u{1F600}'",
    );
    expect(pyRepr('"')).toBe(`'"'`);
    expect(pyRepr("it's")).toBe(`"it's"`);
    expect(pyRepr('\'"')).toBe(`'\\'"'`);
    expect(pyRepr('\\')).toBe(`'\\\\'`);
  });

  it('prints containers, None and booleans', () => {
    expect(pyRepr({ a: [1, null, true, 'x'], b: { c: 1.5 } })).toBe(
      "{'a': [1, None, True, 'x'], 'b': {'c': 1.5}}",
    );
    expect(pyRepr(['foo', 'bar'])).toBe("['foo', 'bar']");
    expect(pyStr('plain')).toBe('plain');
    expect(pyStr(false)).toBe('False');
    expect(pyStr(12)).toBe('12');
  });
});

describe('pyFixed / pyPercent', () => {
  it('rounds the exact binary value half to even', () => {
    const cases: [number, number, string][] = [
      [0.25, 1, '0.2'],
      [0.35, 1, '0.3'],
      [2.675, 2, '2.67'],
      [0.125, 2, '0.12'],
      [1.25, 1, '1.2'],
      [1.35, 1, '1.4'],
      [-0.04, 1, '-0.0'],
      [1e20, 1, '100000000000000000000.0'],
      [5e-324, 1, '0.0'],
      [12.5, 0, '12'],
      [13.5, 0, '14'],
    ];
    for (const [value, digits, text] of cases)
      expect(pyFixed(value, digits), `${value}:.${digits}f`).toBe(text);
  });

  it('percent multiplies in floating point first', () => {
    expect(pyPercent(0.445, 0)).toBe('44%');
    expect(pyPercent(0.125, 0)).toBe('12%');
    expect(pyPercent(0.5, 1)).toBe('50.0%');
  });
});

describe('pyText', () => {
  it('parsePyInt accepts what int() accepts', () => {
    const cases: [string, number | null][] = [
      [' 7 ', 7],
      ['+7', 7],
      ['-0', 0],
      ['1_0', 10],
      ['007', 7],
      ['1__0', null],
      ['_1', null],
      ['1_', null],
      ['1.5', null],
      ['', null],
      ['0x10', null],
      ['1e3', null],
      ['\u00a012\u3000', 12],
    ];
    for (const [text, value] of cases) expect(parsePyInt(text), JSON.stringify(text)).toBe(value);
    expect(parsePyInt(null)).toBeNull();
    expect(parsePyInt('9'.repeat(400))).toBe(Number.MAX_SAFE_INTEGER);
    expect(parsePyInt(`-${'9'.repeat(30)}`)).toBe(-Number.MAX_SAFE_INTEGER);
  });

  it('pyStrip strips Python’s whitespace, not ZWSP or BOM', () => {
    expect(pyStrip(' \t\x1c\x85\xa0\u3000x\u200b\ufeff ')).toBe('x\u200b\ufeff');
  });

  it('slices and measures by code point', () => {
    expect(pySliceCodePoints('\u{1F600}\u{1F600}ab', 3)).toBe('\u{1F600}\u{1F600}a');
    expect(pyLength('\u{1F600}a')).toBe(2);
  });

  it('lowers ASCII only and compares by code point', () => {
    expect(asciiLower('ÉCLAIR Movies')).toBe('Éclair movies');
    expect(compareBinary('B', 'a')).toBe(-1);
    expect(compareBinary('\uFFFF', '\u{1F600}')).toBe(-1);
    expect(compareBinary('ab', 'a')).toBe(1);
    expect(compareBinary('x', 'x')).toBe(0);
  });

  it('pyPathName is pathlib’s name', () => {
    expect(pyPathName('/a/b.mkv')).toBe('b.mkv');
    expect(pyPathName('/a/b/')).toBe('b');
    expect(pyPathName('/')).toBe('');
    expect(pyPathName('a/.')).toBe('a');
    expect(pyPathName('..')).toBe('..');
  });
});
