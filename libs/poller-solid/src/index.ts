/**
 * Solid binding of the polling engine: pollers owned by a Solid owner and disposed with it, or
 * (`fromPoller`) pollers created elsewhere, observed for the owner's lifetime.
 */
export { createPoller, type SolidPoller } from './createPoller.ts';
export { fromPoller } from './fromPoller.ts';
export { createPollerStore, type PollerStore, type PollerStoreOptions } from './createPollerStore.ts';
export { createPollingConfig, type SolidPollingConfig } from './createPollingConfig.ts';
