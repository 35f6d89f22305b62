/**
 * One pending promise per key, shared by every caller that asks for that key while it runs. The list route
 * keys it by the ETag it read before querying: pollers of one query that arrive together after a change
 * cost one query, not one each.
 *
 * @example const body = await inFlight.share(etag, () => lists.listBody(request));
 */
export class InFlight<T> {
  private readonly pending = new Map<string, Promise<T>>();

  share(key: string, start: () => Promise<T>): Promise<T> {
    const running = this.pending.get(key);
    if (running !== undefined) return running;
    const started = start().finally(() => this.pending.delete(key));
    this.pending.set(key, started);
    return started;
  }
}
