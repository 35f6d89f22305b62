import {
  parsePollingConfig,
  readPollingConfig,
  type PollingConfig,
  type PollingConfigSource,
} from '@vpo-live/poller';
import { createMemo, type Accessor } from 'solid-js';

/** The polling settings as accessors. */
export interface SolidPollingConfig {
  config: Accessor<PollingConfig>;
  /** What was wrong with the source (empty when it was fine). */
  warnings: Accessor<string[]>;
}

/**
 * Polling settings for a micro-frontend: from `source` when it gives any (e.g. `mount()` props), otherwise
 * from the page's `<body data-polling-*>`. Never throws; bad values become valid ones plus warnings.
 *
 * @example
 * const { config } = createPollingConfig(() => props.polling);
 * const job = createPoller({ fetch, config: config() });
 */
export function createPollingConfig(source?: Accessor<PollingConfigSource>): SolidPollingConfig {
  const parsed = createMemo(() => {
    const given = source?.();
    return given === undefined || given === null ? readPollingConfig() : parsePollingConfig(given);
  });
  return { config: () => parsed().config, warnings: () => parsed().warnings };
}
