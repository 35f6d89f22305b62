import { hash } from 'node:crypto';

/**
 * A strong ETag from the values a response depends on (versions, normalized parameters). Equal inputs give
 * equal tags; any changed input changes the tag.
 *
 * @example
 * makeEtag('job', epoch, version, hasLogs) // '"job-3q2v…"'
 */
export function makeEtag(kind: string, ...parts: ReadonlyArray<string | number | boolean | null>): string {
  // One-shot `crypto.hash`: no Hash object per call, which matters on the 304 path (every poll makes a tag).
  const digest = hash('sha1', JSON.stringify(parts), 'base64url').slice(0, 22);
  return `"${kind}-${digest}"`;
}
