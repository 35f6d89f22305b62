import { createHash } from 'node:crypto';

/**
 * A strong ETag from the values a response depends on (versions, normalized parameters). Equal inputs give
 * equal tags; any changed input changes the tag.
 *
 * @example
 * makeEtag('job', epoch, version, hasLogs) // '"job-3q2v…"'
 */
export function makeEtag(kind: string, ...parts: ReadonlyArray<string | number | boolean | null>): string {
  const digest = createHash('sha1').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
  return `"${kind}-${digest}"`;
}

/**
 * Whether an `If-None-Match` header matches `etag` (RFC 9110 weak comparison: `W/` prefixes are ignored;
 * `*` matches any current representation; a list matches if any member does).
 */
export function ifNoneMatchHits(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value.length > 8192) return false;
  const target = etag.startsWith('W/') ? etag.slice(2) : etag;
  for (const raw of value.split(',')) {
    const tag = raw.trim();
    if (tag === '*') return true;
    if ((tag.startsWith('W/') ? tag.slice(2) : tag) === target) return true;
  }
  return false;
}
