/**
 * Serialized response bodies keyed by their ETag. An ETag names one exact body (data version + normalized
 * parameters), so a hit is always current: no invalidation is needed, old entries simply stop being asked
 * for and fall out (least recently used first). Many pages polling the same query then cost one query and
 * one serialization per change, not one per request.
 *
 * @example
 * const body = cache.get(etag) ?? cache.set(etag, JSON.stringify(build()));
 */
export class ResponseCache {
  private readonly entries = new Map<string, string>();

  /** `maxEntries` 0 disables caching (every call misses). */
  constructor(readonly maxEntries = 256) {}

  get(etag: string): string | undefined {
    const body = this.entries.get(etag);
    if (body !== undefined) {
      this.entries.delete(etag);
      this.entries.set(etag, body);
    }
    return body;
  }

  /** Stores and returns `body`. */
  set(etag: string, body: string): string {
    if (this.maxEntries <= 0) return body;
    this.entries.delete(etag);
    this.entries.set(etag, body);
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return body;
  }

  get size(): number {
    return this.entries.size;
  }
}
