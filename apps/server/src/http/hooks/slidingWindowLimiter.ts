/** The verdict for one request. */
export interface LimitDecision {
  readonly allowed: boolean;
  /** Whole seconds until a slot frees (≥ 1) when refused; 0 when allowed. */
  readonly retryAfterSeconds: number;
}

/**
 * VPO's per-client sliding window (rate_limit.py): at most `maxRequests` in any `windowMs`; a refused
 * request is not recorded. Time comes from `now` so tests never sleep.
 *
 * @example
 * const limiter = new SlidingWindowLimiter(120, 60_000, () => performance.now());
 * limiter.check('127.0.0.1').allowed;
 */
export class SlidingWindowLimiter {
  private readonly clients = new Map<string, number[]>();
  private lastSweep: number;

  constructor(
    readonly maxRequests: number,
    readonly windowMs: number,
    private readonly now: () => number,
  ) {
    this.lastSweep = now();
  }

  check(client: string): LimitDecision {
    const now = this.now();
    this.sweep(now);
    let stamps = this.clients.get(client);
    if (stamps === undefined) {
      stamps = [];
      this.clients.set(client, stamps);
    }
    const cutoff = now - this.windowMs;
    let expired = 0;
    while (expired < stamps.length && (stamps[expired] ?? 0) < cutoff) expired += 1;
    if (expired > 0) stamps.splice(0, expired);
    if (stamps.length >= this.maxRequests) {
      const oldest = stamps[0] ?? now;
      const waitMs = Math.max(0, this.windowMs - (now - oldest));
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
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
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [client, stamps] of this.clients) {
      const last = stamps[stamps.length - 1];
      if (last === undefined || now - last >= this.windowMs) this.clients.delete(client);
    }
  }
}
