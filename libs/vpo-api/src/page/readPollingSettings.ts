import {
  parsePollingSettings,
  type ParsedPollingSettings,
  type PollingSettingsInput,
} from './parsePollingSettings.ts';

/** The part of `document` that holds VPO's settings. */
export interface BodyOwner {
  readonly body: { readonly dataset: { readonly [key: string]: string | undefined } } | null;
}

/**
 * The polling settings of a page — the one rule every micro-frontend and host follows: each value from
 * `overrides` (a `mount()` prop) when given, else from `<body data-polling-*>`, else the default. Invalid
 * values are corrected, never thrown, and each correction is reported in `warnings`; without a document, a
 * body and overrides it returns the defaults and a warning.
 *
 * @example
 * const { settings } = readPollingSettings(); // the current page's <body>
 * readPollingSettings(document, { interval: 2000 }).settings // { interval: 2000, enabled: true, logInterval: 15000 }
 */
export function readPollingSettings(
  doc?: BodyOwner | null,
  overrides: PollingSettingsInput = {},
): ParsedPollingSettings {
  const owner = doc === undefined ? (globalThis as { document?: BodyOwner }).document : doc;
  const dataset = owner?.body?.dataset;
  const given = Object.values(overrides).some((value) => value !== undefined);
  if (!dataset && !given) return parsePollingSettings(null);
  return parsePollingSettings({
    interval: overrides.interval ?? dataset?.pollingInterval,
    enabled: overrides.enabled ?? dataset?.pollingEnabled,
    logInterval: overrides.logInterval ?? dataset?.pollingLogInterval,
  });
}
