import { parsePollingConfig, type PollingConfig, type PollingConfigInput } from '@vpo-live/poller';

/**
 * The polling settings of a mount: each value from `overrides` (mount props) when given, else from VPO's
 * `<body data-polling-*>`, else the defaults; invalid values are corrected (never thrown) and reported through
 * `warn`.
 *
 * @example resolveConfig({ interval: 2000 }, document.body) // { interval: 2000, enabled: true, logInterval: 15000 }
 */
export function resolveConfig(
  overrides: PollingConfigInput | undefined,
  body: { readonly dataset: { readonly [key: string]: string | undefined } } | null | undefined,
  warn: (message: string) => void = () => {},
): PollingConfig {
  const dataset = body?.dataset ?? {};
  const { config, warnings } = parsePollingConfig({
    interval: overrides?.interval ?? dataset.pollingInterval,
    enabled: overrides?.enabled ?? dataset.pollingEnabled,
    logInterval: overrides?.logInterval ?? dataset.pollingLogInterval,
  });
  for (const warning of warnings) warn(warning);
  return config;
}
