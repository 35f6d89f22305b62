// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toPlainJson } from './toPlainJson.ts';

describe('toPlainJson', () => {
  it('keeps plain data as it is', () => {
    const value = { a: 1, b: 'x', c: [true, null, { d: 2 }] };
    expect(toPlainJson(value)).toEqual(value);
  });

  it('drops functions, symbols and undefined; converts errors, dates, bigints and non-finite numbers', () => {
    const out = toPlainJson({
      f: () => 1,
      s: Symbol('x'),
      u: undefined,
      e: new TypeError('boom'),
      d: new Date(0),
      n: Number.NaN,
      big: 10n,
      list: [undefined, () => 1],
    });
    expect(out).toEqual({
      e: { name: 'TypeError', message: 'boom' },
      d: '1970-01-01T00:00:00.000Z',
      n: null,
      big: '10',
      list: [null, null],
    });
  });

  it('summarizes omitted keys at any depth instead of copying them', () => {
    const jobs = Array.from({ length: 500 }, (_, i) => ({ id: i }));
    expect(
      toPlainJson({ data: jobs, nested: { data: { a: 1 } }, errorCount: 2 }, { omitKeys: ['data'] }),
    ).toEqual({
      data: '[array, 500 items]',
      nested: { data: '[object, 1 keys]' },
      errorCount: 2,
    });
  });

  it('bounds depth, items, keys and string length, and survives cycles and throwing getters', () => {
    const cyclic: Record<string, unknown> = { name: 'x' };
    cyclic.self = cyclic;
    const hostile = Object.defineProperty({}, 'bad', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    const out = toPlainJson(
      { cyclic, hostile, deep: { a: { b: { c: { d: 1 } } } }, long: 'y'.repeat(10), list: [1, 2, 3, 4] },
      { maxDepth: 3, maxItems: 2, maxString: 5 },
    );
    expect(out).toEqual({
      cyclic: { name: 'x', self: '[circular]' },
      hostile: '[unreadable]',
      deep: { a: { b: '[object, 1 keys]' } },
      long: 'yyyyy…',
      list: [1, 2, '[2 more]'],
    });
  });

  it('turns -0 into 0, which JSON can carry', () => {
    const out = toPlainJson({ a: [-0] });
    expect(Object.is((out as { a: number[] }).a[0], 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it('always returns something JSON and structured clone carry unchanged (property)', () => {
    fc.assert(
      fc.property(
        fc.anything({ withDate: true, withMap: true, withSet: true, withTypedArray: true }),
        (value) => {
          const out = toPlainJson(value);
          expect(JSON.parse(JSON.stringify(out))).toEqual(out);
          expect(structuredClone(out)).toEqual(out);
        },
      ),
    );
  });
});
