import { parsePollingConfig, type ParsedPollingConfig } from './parsePollingConfig.ts';

/** The part of `document` that holds VPO's settings. */
export interface BodyOwner {
  readonly body: { readonly dataset: { readonly [key: string]: string | undefined } } | null;
}

/**
 * Reads the polling settings from `<body data-polling-*>`. Without a document (or a body) it returns the
 * defaults and a warning; it never throws.
 *
 * @example
 * const { config } = readPollingConfig(); // the current page's <body>
 */
export function readPollingConfig(doc?: BodyOwner | null): ParsedPollingConfig {
  const owner = doc === undefined ? (globalThis as { document?: BodyOwner }).document : doc;
  return parsePollingConfig(owner?.body ?? null);
}
