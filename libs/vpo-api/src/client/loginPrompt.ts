import type { HttpFetch } from '../transport/httpFetch.ts';
import { pageUrl } from '../transport/pageUrl.ts';

/** How long a request may go unanswered before the client checks whether it is held on a login prompt. */
export const LOGIN_STALL_MS = 3000;

/**
 * Whether a request to `url` is held on the browser's login prompt. A browser that gets VPO's 401 with a Basic
 * challenge for a same-origin request made with credentials asks the user, and the request waits on that prompt
 * — forever in a headless browser, until the client's timeout otherwise. The same request without credentials
 * never prompts, so it shows what the server wants: a 401 with a Basic challenge means the credentials the
 * browser holds (if any) no longer work, and the pending request is waiting on a prompt nobody asked for.
 *
 * @example if (await isLoginWanted(fetch, '/api/jobs', signal)) abortTheStuckRequest();
 */
export async function isLoginWanted(
  fetchImpl: HttpFetch,
  url: string,
  signal: AbortSignal,
): Promise<boolean> {
  try {
    const response = await fetchImpl(url, {
      method: 'GET',
      credentials: 'omit',
      cache: 'no-store',
      headers: { Accept: 'application/json' },
      signal,
    });
    // Only the status line matters; the body is left unread.
    void response.body?.cancel().catch(() => undefined);
    return response.status === 401 && /^\s*basic\b/i.test(response.headers.get('WWW-Authenticate') ?? '');
  } catch {
    return false;
  }
}

/**
 * Whether a request to `url` could be held on a login prompt: only a same-origin request in a page sends the
 * browser's stored credentials, and only such a request is answered with a prompt.
 */
export function mayPromptForLogin(url: string): boolean {
  const origin = (globalThis as { location?: { origin: string } }).location?.origin;
  return origin !== undefined && pageUrl(url)?.origin === origin;
}
