import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_AFTER_MS, MAX_RETRY_AFTER_MS, parseRetryAfter } from './retryAfter.ts';

const NOW = Date.UTC(2026, 1, 1, 10, 0, 0);

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('7', NOW)).toBe(7_000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
    expect(parseRetryAfter('1.5', NOW)).toBe(1_500);
  });

  it('reads an HTTP-date relative to now (all three RFC forms)', () => {
    expect(parseRetryAfter('Sun, 01 Feb 2026 10:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter('Sunday, 01-Feb-26 10:01:00 GMT', NOW)).toBe(60_000);
    expect(parseRetryAfter('Sun Feb  1 10:00:05 2026', NOW)).toBe(5_000);
  });

  it('a date in the past means now', () => {
    expect(parseRetryAfter('Sun, 01 Feb 2026 09:00:00 GMT', NOW)).toBe(0);
  });

  it('missing or unreadable values use the fallback', () => {
    expect(parseRetryAfter(null, NOW)).toBe(DEFAULT_RETRY_AFTER_MS);
    expect(parseRetryAfter('soon', NOW)).toBe(DEFAULT_RETRY_AFTER_MS);
    expect(parseRetryAfter('-5', NOW, 2_000)).toBe(2_000);
    expect(parseRetryAfter('Xyz, 99 Foo 2026 10:00:00 GMT', NOW, 1_234)).toBe(1_234);
  });

  it('caps absurd values', () => {
    expect(parseRetryAfter('999999', NOW)).toBe(MAX_RETRY_AFTER_MS);
    expect(parseRetryAfter('120', NOW, 1_000, 60_000)).toBe(60_000);
  });
});
