/**
 * The publishing side of poller inspection, framework-free (no Solid, no XState runtime import).
 */
export {
  createInspectionPublisher,
  type InspectionPublisher,
  type InspectionPublisherOptions,
  type IntervalTimers,
} from './createInspectionPublisher.ts';
export { createDebugInspector } from './createDebugInspector.ts';
// `loadDebugInspector` has an entry of its own (`@vpo-live/poller-debug/load`): exported here, it would sit
// beside the static export of the publisher it imports on demand, and the bundler could not split it off.
export {
  isPollerDebugEnabled,
  DEBUG_QUERY_PARAM,
  DEBUG_STORAGE_KEY,
  DEBUG_TOPIC,
  type DebugSwitchSource,
} from './debugSwitch.ts';
