/**
 * [ext] Whether the page's pollers may share their requests with other tabs of the browser (one poller per
 * browser): the mount prop when given, else `<body data-polling-share-tabs>`; on unless it says `false`.
 *
 * @example readShareTabs(document) // true
 */
export function readShareTabs(
  doc: { readonly body: { readonly dataset: { readonly [key: string]: string | undefined } } | null } | null,
  override?: boolean,
): boolean {
  if (override !== undefined) return override;
  return doc?.body?.dataset.pollingShareTabs?.trim().toLowerCase() !== 'false';
}
