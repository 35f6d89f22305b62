import { describe, expect, it } from 'vitest';
import { diffContext } from './diffContext.ts';

describe('diffContext', () => {
  it('lists changed, added and removed fields first, then the unchanged ones', () => {
    const diff = diffContext(
      { errorCount: 2, error: { kind: 'network' }, role: 'leader', heldUntil: 5 },
      { errorCount: 3, error: { kind: 'network' }, role: 'leader', nextPollAt: 9 },
    );
    expect(diff).toEqual([
      { key: 'errorCount', change: 'changed', before: '2', after: '3' },
      { key: 'heldUntil', change: 'removed', before: '5', after: null },
      { key: 'nextPollAt', change: 'added', before: null, after: '9' },
      { key: 'error', change: 'same', before: '{"kind":"network"}', after: '{"kind":"network"}' },
      { key: 'role', change: 'same', before: '"leader"', after: '"leader"' },
    ]);
  });

  it('shows every field as added for the first step', () => {
    expect(diffContext(null, { a: 1 })).toEqual([{ key: 'a', change: 'added', before: null, after: '1' }]);
  });
});
