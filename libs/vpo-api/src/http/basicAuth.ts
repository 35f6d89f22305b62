/**
 * VPO's optional HTTP Basic auth (`vpo/server/auth.py`): any user name, the configured token as the password,
 * compared in constant time. One rule for our server's guard and the msw fake.
 */

type BytesEqual = (a: Uint8Array, b: Uint8Array) => boolean;

/** Portable fallback: touches every byte whatever the first difference, so time does not tell where it is. */
const xorEqual: BytesEqual = (a, b) => {
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
};

let bytesEqual: BytesEqual | undefined;

/**
 * Node's `crypto.timingSafeEqual` where Node is the runtime (the server, the fake under vitest), else the
 * portable loop. Looked up on first use, so a browser bundle of this lib pays nothing at import time.
 */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  bytesEqual ??=
    (
      (
        globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }
      ).process?.getBuiltinModule?.('node:crypto') as { timingSafeEqual?: BytesEqual } | undefined
    )?.timingSafeEqual ?? xorEqual;
  // Equal lengths are required; comparing the token with itself keeps the time independent of the guess.
  if (a.length !== b.length) return bytesEqual(b, b) && false;
  return bytesEqual(a, b);
}

/** VPO's `is_auth_enabled`: a token that is missing, empty or blank turns auth off. */
export function isAuthEnabled(token: string | null | undefined): token is string {
  return token !== null && token !== undefined && token.trim() !== '';
}

/** The password of `Basic base64(user:password)` (VPO's `parse_basic_auth`), or null when malformed. */
function basicPassword(header: string): Uint8Array | null {
  if (!header.startsWith('Basic ')) return null;
  const encoded = header.slice(6).trim();
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(encoded)) return null;
  let decoded: string;
  try {
    const bytes = Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0));
    // Python's strict `.decode("utf-8")`: invalid UTF-8 is no credential at all.
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : new TextEncoder().encode(decoded.slice(colon + 1));
}

/**
 * Whether an `Authorization` header passes VPO's Basic auth for `token`: the password must equal the token
 * (the user name is ignored), compared in constant time. Check {@link isAuthEnabled} first: a blank token
 * means no auth at all.
 *
 * @example
 * isAuthorized(basicAuthHeader('s3cret', 'anyone'), 's3cret') // true
 * isAuthorized('Bearer s3cret', 's3cret') // false
 */
export function isAuthorized(header: string | null | undefined, token: string): boolean {
  if (header === null || header === undefined) return false;
  const password = basicPassword(header);
  return password !== null && constantTimeEqual(password, new TextEncoder().encode(token));
}

/**
 * The header a client sends to pass: `Basic base64(user:token)`.
 *
 * @example basicAuthHeader('s3cret') // 'Basic dnBvOnMzY3JldA=='
 */
export function basicAuthHeader(token: string, user = 'vpo'): string {
  const bytes = new TextEncoder().encode(`${user}:${token}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}
