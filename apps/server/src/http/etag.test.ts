import { describe, expect, it } from 'vitest';
import { ifNoneMatchHits, makeEtag } from './etag.ts';

describe('makeEtag', () => {
  it('is a quoted strong tag, equal for equal inputs and different for any changed one', () => {
    const tag = makeEtag('list', 'epoch', 3, 'running', null);
    expect(tag).toMatch(/^"list-[\w-]{22}"$/);
    expect(makeEtag('list', 'epoch', 3, 'running', null)).toBe(tag);
    for (const other of [
      makeEtag('list', 'epoch', 4, 'running', null),
      makeEtag('list', 'epoch', 3, 'queued', null),
      makeEtag('list', 'epoch', 3, 'running', 'null'),
      makeEtag('job', 'epoch', 3, 'running', null),
      makeEtag('list', 'other', 3, 'running', null),
    ]) {
      expect(other).not.toBe(tag);
    }
  });
});

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
    expect(ifNoneMatchHits(header as string | string[], tag)).toBe(expected);
  });

  it('is false without the header or for absurdly long ones', () => {
    expect(ifNoneMatchHits(undefined, tag)).toBe(false);
    expect(ifNoneMatchHits(`${'"x",'.repeat(5000)}${tag}`, tag)).toBe(false);
  });
});
