/**
 * The part of `fetch` the client uses, so a GET can be made by `globalThis.fetch` or handed to the page's
 * fetch worker (see `pageFetch`): both answer with something shaped like this.
 */
export interface HttpInit {
  method: 'GET';
  headers: Record<string, string>;
  signal: AbortSignal;
  cache?: RequestCache;
  credentials?: RequestCredentials;
}

/** The part of a `Response` the client reads. */
export interface HttpAnswer {
  readonly status: number;
  readonly statusText: string;
  readonly headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  text(): Promise<string>;
  /** A `Response`'s stream, cancelled when a body is left unread; the worker's answers have read theirs. */
  readonly body?: { cancel(): Promise<void> } | null;
}

export type HttpFetch = (url: string, init: HttpInit) => Promise<HttpAnswer>;

/** `globalThis.fetch`, looked up at call time (so a test's or a host page's interceptor applies). */
export const directFetch: HttpFetch = (url, init) => globalThis.fetch(url, init);
