import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from './slidingWindowLimiter.ts';

describe('SlidingWindowLimiter', () => {
  it('allows max requests per window per client and tells when the next slot frees', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter(2, 60_000, () => now);
    expect(limiter.check('a').allowed).toBe(true);
    now = 20_000;
    expect(limiter.check('a').allowed).toBe(true);
    now = 30_000;
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 30 });
    expect(limiter.check('b').allowed).toBe(true);
    // A request leaves the window strictly after windowMs, as in VPO (`stamp < now - window`).
    now = 60_000;
    expect(limiter.check('a').allowed).toBe(false);
    now = 60_001;
    expect(limiter.check('a').allowed).toBe(true);
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 20 });
  });

  it('never answers Retry-After below 1 s', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter(1, 60_000, () => now);
    limiter.check('a');
    now = 59_999.5;
    expect(limiter.check('a').retryAfterSeconds).toBe(1);
  });

  it('forgets idle clients so memory follows active ones', () => {
    let now = 0;
    const limiter = new SlidingWindowLimiter(5, 1000, () => now);
    for (let i = 0; i < 100; i += 1) limiter.check(`client-${i}`);
    expect(limiter.trackedClients).toBe(100);
    now = 5000;
    limiter.check('late');
    expect(limiter.trackedClients).toBe(1);
  });
});
