/** The request headers the cross-site rule reads (absent: `undefined` or `null`). */
export interface SiteHeaders {
  readonly secFetchSite?: string | null;
  readonly origin?: string | null;
  /** The `Host` the request was sent to. */
  readonly host?: string | null;
}

/**
 * Whether a request came from another site's page: the browser's `Sec-Fetch-Site` says anything but
 * `same-origin`, or (older browsers, no such header) an `Origin` whose host is not the one asked. A request
 * with neither header is no browser's cross-site request (a script or `curl`); it still needs the CSRF token.
 *
 * @example isCrossSite({ secFetchSite: 'cross-site' }) // true
 */
export function isCrossSite(headers: SiteHeaders): boolean {
  const site = headers.secFetchSite;
  if (site !== undefined && site !== null) return site !== 'same-origin';
  const origin = headers.origin;
  if (origin === undefined || origin === null) return false;
  try {
    return new URL(origin).host !== headers.host;
  } catch {
    // `Origin: null` (a sandboxed frame, a file) or garbage: not this site.
    return true;
  }
}
