/**
 * The polling engine: an XState machine driven by RxJS streams, with VPO's config parsing and backoff.
 * Framework-free; nothing here touches `window` or `document` at import time.
 */
export type * from './types.ts';
export { createPoller } from './createPoller.ts';
export {
  parsePollingConfig,
  type DatasetLike,
  type ParsedPollingConfig,
  type PollingConfigInput,
  type PollingConfigSource,
} from './config/parsePollingConfig.ts';
export { readPollingConfig, type BodyOwner } from './config/readPollingConfig.ts';
export { POLLING_LIMITS } from './config/pollingLimits.ts';
export { backoffDelay, type BackoffOptions } from './backoff/backoffDelay.ts';
export {
  pollerMachine,
  ERROR_THRESHOLD,
  type FetchActorInput,
  type PollerMachine,
} from './machine/pollerMachine.ts';
export { DEFAULT_LATENCY_FACTOR, type PollerContext, type PollerInput } from './machine/pollerContext.ts';
export type * from './machine/pollerEvents.ts';
export { PAUSE_REASON_OF } from './machine/pollerEvents.ts';
export { toPollerSnapshot, sameSnapshot, topLevelState } from './machine/toPollerSnapshot.ts';
export { createFetchActor, type FetchActorOptions } from './actors/createFetchActor.ts';
export { createVisibilityActor } from './actors/createVisibilityActor.ts';
export { createNetworkActor } from './actors/createNetworkActor.ts';
export { visibility$ } from './streams/visibility.ts';
export { online$ } from './streams/online.ts';
export { fromAbortableFetch, type Abortable } from './streams/fromAbortableFetch.ts';
export { schedulerClock, type Clock } from './streams/schedulerClock.ts';
export { resolvePollerEnv, type ResolvedPollerEnv } from './resolvePollerEnv.ts';
export * from './debug/index.ts';
