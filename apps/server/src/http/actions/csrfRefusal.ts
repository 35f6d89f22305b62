import type { IncomingHttpHeaders } from 'node:http';
import { ACTION_ERRORS, CSRF_HEADER, isCrossSite, type ApiErrorResponse } from '@vpo-live/vpo-api';
import type { CsrfTokens } from './csrfTokens.ts';

const TOKEN_HEADER = CSRF_HEADER.toLowerCase();

/** A header Node may hand over as a list (sent twice): the first one. */
const one = (value: string | string[] | undefined): string | undefined =>
  Array.isArray(value) ? value[0] : value;

/**
 * Why a mutating request is refused by VPO's CSRF rule (403 `CSRF_ERROR`), or null when it may go on: another
 * site's page sent it, it carries no `X-CSRF-Token`, or a token not made for this browser's cookie. Checked
 * before the body is read or a route runs, so a refused request changes nothing whatever it carries.
 */
export function csrfRefusal(headers: IncomingHttpHeaders, csrf: CsrfTokens): ApiErrorResponse | null {
  const site = { secFetchSite: one(headers['sec-fetch-site']), origin: headers.origin, host: headers.host };
  if (isCrossSite(site)) return ACTION_ERRORS.crossSite();
  const verdict = csrf.check(headers.cookie, headers[TOKEN_HEADER]);
  if (verdict === 'missing') return ACTION_ERRORS.csrfMissing();
  if (verdict === 'invalid') return ACTION_ERRORS.csrfInvalid();
  return null;
}
