/** VPO's limit on `/api/*` reads: a sliding window per client. */
export interface RateLimitOptions {
  /** Requests allowed per window (VPO: 120). */
  maxRequests: number;
  /** Window length (VPO: 60 000 ms). */
  windowMs: number;
}

export interface RateLimiter {
  /** Records a request; when over the limit returns the whole seconds to send as Retry-After. */
  check(): { allowed: true } | { allowed: false; retryAfterSeconds: number };
}

/** One window for every caller (a fake has a single client). */
export function createRateLimiter(options: RateLimitOptions, now: () => number = Date.now): RateLimiter {
  let requests: number[] = [];
  return {
    check() {
      const at = now();
      requests = requests.filter((t) => at - t < options.windowMs);
      if (requests.length >= options.maxRequests) {
        const waitMs = Math.max(0, options.windowMs - (at - Math.min(...requests)));
        // VPO: max(1, int(retry_after) + 1)
        return { allowed: false, retryAfterSeconds: Math.max(1, Math.floor(waitMs / 1000) + 1) };
      }
      requests.push(at);
      return { allowed: true };
    },
  };
}
