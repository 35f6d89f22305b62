// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRingBuffer } from './ringBuffer.ts';

describe('createRingBuffer', () => {
  it('keeps the newest items up to its capacity, oldest first', () => {
    const buffer = createRingBuffer<number>(3);
    [1, 2, 3, 4, 5].forEach((n) => buffer.push(n));
    expect(buffer.toArray()).toEqual([3, 4, 5]);
    expect(buffer.size).toBe(3);
    expect(buffer.evicted).toBe(2);
    expect(buffer.last()).toBe(5);
  });

  it('never holds more than its capacity, whatever is pushed (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.array(fc.integer(), { maxLength: 300 }),
        (capacity, items) => {
          const buffer = createRingBuffer<number>(capacity);
          for (const item of items) buffer.push(item);
          expect(buffer.size).toBe(Math.min(capacity, items.length));
          expect(buffer.toArray()).toEqual(items.slice(-capacity));
          expect(buffer.evicted).toBe(Math.max(0, items.length - capacity));
        },
      ),
    );
  });

  it('stays bounded over a long run (100 000 pushes into 200 slots)', () => {
    const buffer = createRingBuffer<{ n: number }>(200);
    for (let n = 0; n < 100_000; n += 1) buffer.push({ n });
    expect(buffer.size).toBe(200);
    expect(buffer.toArray()[0]?.n).toBe(99_800);
  });

  it('clears, and rejects a capacity that is not a positive integer', () => {
    const buffer = createRingBuffer<string>(2);
    buffer.push('a');
    buffer.clear();
    expect(buffer.toArray()).toEqual([]);
    expect(buffer.last()).toBeUndefined();
    expect(() => createRingBuffer(0)).toThrow(RangeError);
    expect(() => createRingBuffer(1.5)).toThrow(RangeError);
  });
});
