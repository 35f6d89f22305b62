/**
 * VPO's optional HTTP Basic auth: any user name, the configured token as password. A blank token disables it.
 */
export function isAuthorized(header: string | null, token: string | undefined): boolean {
  if (token === undefined || token.trim() === '') return true;
  if (!header?.startsWith('Basic ')) return false;
  let decoded: string;
  try {
    const bytes = Uint8Array.from(atob(header.slice(6).trim()), (char) => char.charCodeAt(0));
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  const colon = decoded.indexOf(':');
  return colon >= 0 && decoded.slice(colon + 1) === token;
}

/** The header a client sends to pass: `Basic base64(user:token)`. */
export function basicAuthHeader(token: string, user = 'vpo'): string {
  const bytes = new TextEncoder().encode(`${user}:${token}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}
