/** A VPO limit on `/api/*` requests: at most `maxRequests` per `windowMs` per client (VPO: 120 per 60 000 ms). */
export interface RateLimitOptions {
  readonly maxRequests: number;
  readonly windowMs: number;
}

/** The verdict for one request. */
export interface LimitDecision {
  readonly allowed: boolean;
  /** The `Retry-After` to send when refused (whole seconds, ≥ 1, see {@link retryAfterSeconds}); 0 when allowed. */
  readonly retryAfterSeconds: number;
}

/**
 * The `Retry-After` of a 429, from the time until the oldest request leaves the window: VPO's
 * `max(1, int(retry_after) + 1)` — whole seconds, rounded down, plus one.
 *
 * @example retryAfterSeconds(30_000) // 31
 * @example retryAfterSeconds(29_999.5) // 30
 */
export function retryAfterSeconds(waitMs: number): number {
  return Math.max(1, Math.floor(waitMs / 1000) + 1);
}

/**
 * VPO's per-client sliding window (`vpo/server/rate_limit.py`): a request older than `windowMs`
 * (`now - stamp >= window`) no longer counts; a refused request is not recorded. Time comes from `now`
 * (monotonic milliseconds), so tests never sleep. The server keys clients by IP; the msw fake has one.
 *
 * @example
 * const limiter = new SlidingWindowLimiter({ maxRequests: 120, windowMs: 60_000 }, () => performance.now());
 * limiter.check('127.0.0.1').allowed;
 */
export class SlidingWindowLimiter {
  private readonly clients = new Map<string, number[]>();
  private lastSweep: number;

  constructor(
    readonly options: RateLimitOptions,
    private readonly now: () => number,
  ) {
    this.lastSweep = now();
  }

  check(client: string): LimitDecision {
    const now = this.now();
    const { maxRequests, windowMs } = this.options;
    this.sweep(now);
    let stamps = this.clients.get(client);
    if (stamps === undefined) {
      stamps = [];
      this.clients.set(client, stamps);
    }
    let expired = 0;
    while (expired < stamps.length && now - (stamps[expired] ?? 0) >= windowMs) expired += 1;
    if (expired > 0) stamps.splice(0, expired);
    if (stamps.length >= maxRequests) {
      const oldest = stamps[0] ?? now;
      return { allowed: false, retryAfterSeconds: retryAfterSeconds(Math.max(0, windowMs - (now - oldest))) };
    }
    stamps.push(now);
    return { allowed: true, retryAfterSeconds: 0 };
  }

  /** Number of clients currently tracked (memory stays bounded by active clients). */
  get trackedClients(): number {
    return this.clients.size;
  }

  // Forget clients idle for a whole window, at most once per window, so memory follows active clients only.
  private sweep(now: number): void {
    if (now - this.lastSweep < this.options.windowMs) return;
    this.lastSweep = now;
    for (const [client, stamps] of this.clients) {
      const last = stamps[stamps.length - 1];
      if (last === undefined || now - last >= this.options.windowMs) this.clients.delete(client);
    }
  }
}
