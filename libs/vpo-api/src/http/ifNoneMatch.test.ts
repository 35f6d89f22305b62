import { describe, expect, it } from 'vitest';
import { ifNoneMatchHits } from './ifNoneMatch.ts';

describe('ifNoneMatchHits', () => {
  const tag = '"list-abc"';
  it.each([
    ['"list-abc"', true],
    ['W/"list-abc"', true],
    ['"x", "list-abc"', true],
    [' "x" ,W/"list-abc" ', true],
    ['*', true],
    ['"list-abd"', false],
    ['list-abc', false],
    ['', false],
    [['"x"', '"list-abc"'], true],
  ] as const)('%j → %s', (header, expected) => {
    expect(ifNoneMatchHits(header, tag)).toBe(expected);
  });

  it('compares weakly on both sides', () => {
    expect(ifNoneMatchHits('"list-abc"', 'W/"list-abc"')).toBe(true);
  });

  it('is false without the header or for absurdly long ones', () => {
    expect(ifNoneMatchHits(undefined, tag)).toBe(false);
    expect(ifNoneMatchHits(null, tag)).toBe(false);
    expect(ifNoneMatchHits(`${'"x",'.repeat(5000)}${tag}`, tag)).toBe(false);
  });
});
