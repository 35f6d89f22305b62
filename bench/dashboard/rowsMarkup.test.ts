import { describe, expect, it } from 'vitest';
import { firstDifference } from './rowsMarkup.ts';

describe('firstDifference', () => {
  it('is null for equal lists and names the first row that differs', () => {
    expect(firstDifference(['<tr>a</tr>'], ['<tr>a</tr>'])).toBeNull();
    expect(firstDifference(['a', 'b'], ['a', 'c'])).toBe('row 2:\n  b\n  c');
    expect(firstDifference(['a'], ['a', 'b'])).toBe('row 2:\n  (none)\n  b');
  });
});
