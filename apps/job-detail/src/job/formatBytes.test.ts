import { describe, expect, it } from 'vitest';
import { formatBytes } from './formatBytes.ts';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1024, '1 KB'],
    [1536, '1.5 KB'],
    [1_610_612_736, '1.5 GB'],
    [150 * 1024 * 1024, '150 MB'],
  ])('%d → %s', (value, expected) => {
    expect(formatBytes(value)).toBe(expected);
  });

  it.each([[-1], [Number.NaN], [Infinity], ['12'], [null]])('refuses %s', (value) => {
    expect(formatBytes(value)).toBeNull();
  });
});
