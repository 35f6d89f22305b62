import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter, retryAfterSeconds } from './slidingWindowLimiter.ts';

describe('SlidingWindowLimiter', () => {
  it('allows max requests per window per client and tells when the next slot frees', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter({ maxRequests: 2, windowMs: 60_000 }, () => now);
    expect(limiter.check('a').allowed).toBe(true);
    now = 20_000;
    expect(limiter.check('a').allowed).toBe(true);
    now = 30_000;
    // The oldest request (t=0) leaves the window at t=60 s: 30 s to wait → VPO's int(30.0) + 1.
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 31 });
    expect(limiter.check('b').allowed).toBe(true);
    // A request leaves the window once windowMs have passed, as in VPO (`now - t < window` stays).
    now = 59_999;
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
    now = 60_000;
    expect(limiter.check('a').allowed).toBe(true);
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 21 });
  });

  it('never answers Retry-After below 1 s', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter({ maxRequests: 1, windowMs: 60_000 }, () => now);
    limiter.check('a');
    now = 59_999.5;
    expect(limiter.check('a').retryAfterSeconds).toBe(1);
  });

  it('does not record refused requests', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter({ maxRequests: 1, windowMs: 1000 }, () => now);
    limiter.check('a');
    for (now = 100; now < 1000; now += 100) expect(limiter.check('a').allowed).toBe(false);
    now = 1000;
    expect(limiter.check('a').allowed).toBe(true);
  });

  it('forgets idle clients so memory follows active ones', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter({ maxRequests: 5, windowMs: 1000 }, () => now);
    for (let i = 0; i < 100; i += 1) limiter.check(`client-${i}`);
    expect(limiter.trackedClients).toBe(100);
    now = 5000;
    limiter.check('late');
    expect(limiter.trackedClients).toBe(1);
  });
});

describe('retryAfterSeconds', () => {
  it.each([
    [0, 1],
    [0.5, 1],
    [999.9, 1],
    [1000, 2],
    [29_999.5, 30],
    [30_000, 31],
    [60_000, 61],
  ])('%d ms → %d s (VPO: max(1, int(s) + 1))', (waitMs, seconds) => {
    expect(retryAfterSeconds(waitMs)).toBe(seconds);
  });
});
