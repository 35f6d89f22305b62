import { timingSafeEqual } from 'node:crypto';

/**
 * VPO's `parse_basic_auth` + `validate_token`: the password of `Authorization: Basic base64(user:pass)`
 * must equal the token (the user name is ignored); compared in constant time.
 */
export function isAuthorized(header: string | undefined, token: string): boolean {
  if (header === undefined || !header.startsWith('Basic ')) return false;
  const encoded = header.slice(6).trim();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return false;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return false;
  const provided = Buffer.from(decoded.slice(colon + 1), 'utf8');
  const expected = Buffer.from(token, 'utf8');
  // timingSafeEqual needs equal lengths; comparing against itself keeps the time independent of the guess.
  if (provided.length !== expected.length) return timingSafeEqual(expected, expected) && false;
  return timingSafeEqual(provided, expected);
}
