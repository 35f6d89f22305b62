import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay } from './backoffDelay.ts';

describe('backoffDelay', () => {
  it.each([
    [0, 5_000],
    [1, 5_000],
    [2, 5_000],
    [3, 10_000],
    [4, 20_000],
    [5, 40_000],
    [6, 80_000],
    [7, 120_000],
    [8, 120_000],
    [50, 120_000],
    [10_000, 120_000],
  ])('waits the spec delay after %i consecutive failures (interval 5 s): %i ms', (failures, expected) => {
    expect(backoffDelay(failures, 5_000)).toBe(expected);
  });

  it('never waits less than a long configured interval', () => {
    expect(backoffDelay(3, 60_000)).toBe(60_000);
    expect(backoffDelay(5, 60_000)).toBe(60_000);
    expect(backoffDelay(6, 60_000)).toBe(80_000);
  });

  it('treats a NaN failure count as no failure', () => {
    expect(backoffDelay(Number.NaN, 5_000)).toBe(5_000);
  });

  it('spreads delays with jitter in both directions', () => {
    expect(backoffDelay(4, 5_000, { jitter: 0.2, random: () => 0 })).toBe(16_000);
    expect(backoffDelay(4, 5_000, { jitter: 0.2, random: () => 0.5 })).toBe(20_000);
    expect(backoffDelay(4, 5_000, { jitter: 0.2, random: () => 0.999999 })).toBe(24_000);
  });

  it('keeps jittered delays within [interval, cap] for any input', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 2_000, max: 60_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 0.999999, noNaN: true }),
        (failures, interval, jitter, sample) => {
          const delay = backoffDelay(failures, interval, { jitter, random: () => sample });
          expect(delay).toBeGreaterThanOrEqual(interval);
          expect(delay).toBeLessThanOrEqual(120_000);
        },
      ),
    );
  });

  it('honours custom threshold, base and cap', () => {
    expect(backoffDelay(1, 1_000, { threshold: 1, base: 2_000, cap: 5_000 })).toBe(2_000);
    expect(backoffDelay(3, 1_000, { threshold: 1, base: 2_000, cap: 5_000 })).toBe(5_000);
  });
});
