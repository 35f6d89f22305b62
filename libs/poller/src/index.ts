/**
 * The polling engine: an XState machine driven by RxJS streams, with backoff, keyed resources, paging and a
 * connection shared by the pollers of one server. Framework-free; nothing here touches `window` or `document`
 * at import time.
 */
export type * from './types.ts';
export { createPoller } from './createPoller.ts';
export { serverConnectionFor, serverKey, type ServerConnection } from './connection/serverConnection.ts';
export { pollerMachine } from './machine/pollerMachine.ts';
export {
  shareAcrossTabs,
  tabShareFactory,
  type ShareAcrossTabsOptions,
  type TabShareFactory,
} from './tabs/shareAcrossTabs.ts';
export type { TabShare, TabRole } from './tabs/createTabShare.ts';
export {
  defaultChannelFactory,
  type ChannelFactory,
  type ChannelLike,
  type LockManagerLike,
} from './tabs/browserPorts.ts';
