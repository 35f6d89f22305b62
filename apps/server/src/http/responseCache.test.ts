import { describe, expect, it } from 'vitest';
import { ResponseCache } from './responseCache.ts';

describe('ResponseCache', () => {
  it('returns what was stored under the same ETag', () => {
    const cache = new ResponseCache(2);
    expect(cache.get('"a"')).toBeUndefined();
    expect(cache.set('"a"', '{"x":1}')).toBe('{"x":1}');
    expect(cache.get('"a"')).toBe('{"x":1}');
  });

  it('drops the least recently used entry beyond its size', () => {
    const cache = new ResponseCache(2);
    cache.set('"a"', 'A');
    cache.set('"b"', 'B');
    cache.get('"a"');
    cache.set('"c"', 'C');
    expect([cache.get('"a"'), cache.get('"b"'), cache.get('"c"')]).toEqual(['A', undefined, 'C']);
    expect(cache.size).toBe(2);
  });

  it('stores nothing when its size is 0', () => {
    const cache = new ResponseCache(0);
    cache.set('"a"', 'A');
    expect([cache.get('"a"'), cache.size]).toEqual([undefined, 0]);
  });
});
