import { CSRF_META_NAME } from '../actions/jobActions.ts';

/** What a page needs to send job actions: the session's CSRF token, for VPO's `X-CSRF-Token` header. */
export interface JobActionsAccess {
  readonly csrfToken: string;
}

/** The parts of a document the reader looks at (a `Document` is one). */
export interface ActionsDocument {
  readonly body: { readonly dataset: { readonly [key: string]: string | undefined } } | null;
  querySelector(selectors: string): { getAttribute(name: string): string | null } | null;
}

/**
 * [ext] Whether the page may offer job actions, and the token to send with them. Both must be there: the host
 * says the server has the actions (`<body data-job-actions="true">`, or the `actions` mount prop) and carries
 * VPO's `<meta name="csrf-token">`. VPO's own pages have the meta tag but no job actions, so the tag alone
 * offers nothing; `null` means no action control appears.
 *
 * @example readJobActions(document) // { csrfToken: '…' } on a vpo-live host page
 */
export function readJobActions(doc: ActionsDocument | null, override?: boolean): JobActionsAccess | null {
  if (!doc) return null;
  const offered = override ?? doc.body?.dataset.jobActions?.trim().toLowerCase() === 'true';
  if (!offered) return null;
  const token = doc.querySelector(`meta[name="${CSRF_META_NAME}"]`)?.getAttribute('content')?.trim() ?? '';
  return token === '' ? null : { csrfToken: token };
}
