/** Longest `If-None-Match` value read; anything longer is no match (it cannot be a list of our tags). */
const MAX_HEADER_LENGTH = 8192;

/**
 * Whether an `If-None-Match` header matches `etag` — RFC 9110's weak comparison: `W/` prefixes are ignored,
 * `*` matches any current representation, and a comma-separated list matches when any member does. A
 * repeated header (an array, as Node gives it) counts as one list. The server's routes and the msw fake both
 * answer 304 by this rule.
 *
 * @example
 * ifNoneMatchHits('"x", W/"list-abc"', '"list-abc"') // true
 * ifNoneMatchHits(request.headers.get('If-None-Match'), etag)
 */
export function ifNoneMatchHits(
  header: string | readonly string[] | null | undefined,
  etag: string,
): boolean {
  if (header === undefined || header === null) return false;
  const value = typeof header === 'string' ? header : header.join(',');
  if (value.length > MAX_HEADER_LENGTH) return false;
  // The common case: a poller sends back the one tag it got, so no list to split.
  if (value === etag) return true;
  const target = etag.startsWith('W/') ? etag.slice(2) : etag;
  for (const member of value.split(',')) {
    const tag = member.trim();
    if (tag === '*' || (tag.startsWith('W/') ? tag.slice(2) : tag) === target) return true;
  }
  return false;
}
