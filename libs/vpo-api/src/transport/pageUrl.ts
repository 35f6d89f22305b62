/** A URL as the page resolves it. */
export interface PageUrl {
  readonly href: string;
  readonly origin: string;
}

/**
 * `url` resolved against the page's base URL, as `fetch` on the page would resolve it; null outside a page
 * (Node, a worker) or for a URL that does not parse. A poller asks the same few URLs again and again, so each
 * is parsed once per page address.
 *
 * @example pageUrl('/api/jobs')?.href // 'http://127.0.0.1:8321/api/jobs'
 */
export function pageUrl(url: string): PageUrl | null {
  const base = (globalThis as { document?: { baseURI: string } }).document?.baseURI;
  if (!base) return null;
  const key = `${base}\n${url}`;
  const known = resolved.get(key);
  if (known !== undefined) return known;
  let answer: PageUrl | null = null;
  try {
    const { href, origin } = new URL(url, base);
    answer = { href, origin };
  } catch {
    answer = null;
  }
  if (resolved.size >= KEPT_URLS) resolved.clear();
  resolved.set(key, answer);
  return answer;
}

/** Answers of {@link pageUrl} by page address and URL (a list's queries are few; a bound all the same). */
const resolved = new Map<string, PageUrl | null>();
const KEPT_URLS = 64;
