import Tokens from '@fastify/csrf';
import { parse, serialize } from 'cookie';

/** The cookie that holds a browser's CSRF secret: readable by no script, sent to this site only. */
export const CSRF_COOKIE = 'vpo_live_csrf';

/** A page's token, and the cookie to set when the browser had no secret yet. */
export interface IssuedToken {
  readonly token: string;
  readonly setCookie: string | null;
}

/** Why a mutating request's token was refused. */
export type TokenCheck = 'ok' | 'missing' | 'invalid';

/**
 * VPO's session CSRF token, without a session store: each browser gets a random secret in an HttpOnly,
 * SameSite=Strict cookie, and every host page carries a token made from it (`@fastify/csrf`, the tokens
 * behind csurf). A mutating request must send that token in `X-CSRF-Token`; it verifies only against the
 * secret of the browser that loaded the page, so a token from another browser, a forged one, or a request
 * from a page that could not read ours, is refused. Secrets live in the browser, so a restart loses nothing.
 */
export class CsrfTokens {
  private readonly tokens = new Tokens({});

  /**
   * The token for a page, reusing the browser's secret when its cookie has a valid one. `secure`: the page
   * was asked for over HTTPS (directly, or through a trusted proxy's `X-Forwarded-Proto`), so the cookie is
   * marked `Secure` and never travels over plain HTTP.
   */
  issue(cookieHeader: string | undefined, secure = false): IssuedToken {
    const known = this.secretOf(cookieHeader);
    const secret = known ?? this.tokens.secretSync();
    const setCookie =
      known === null
        ? serialize(CSRF_COOKIE, secret, { httpOnly: true, sameSite: 'strict', path: '/', secure })
        : null;
    return { token: this.tokens.create(secret), setCookie };
  }

  /** Checks a request's header token against the secret in its cookie. */
  check(cookieHeader: string | undefined, token: string | string[] | undefined): TokenCheck {
    if (typeof token !== 'string' || token === '') return 'missing';
    const secret = this.secretOf(cookieHeader);
    return secret !== null && this.tokens.verify(secret, token) ? 'ok' : 'invalid';
  }

  private secretOf(cookieHeader: string | undefined): string | null {
    if (!cookieHeader) return null;
    const secret = parse(cookieHeader)[CSRF_COOKIE];
    // A secret is 18 random bytes in base64url; anything else in the cookie is not ours.
    return secret !== undefined && /^[A-Za-z0-9_-]{24}$/.test(secret) ? secret : null;
  }
}
