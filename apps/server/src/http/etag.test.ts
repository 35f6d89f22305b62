import { describe, expect, it } from 'vitest';
import { makeEtag } from './etag.ts';

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
