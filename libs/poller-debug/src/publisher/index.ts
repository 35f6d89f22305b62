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
export { loadDebugInspector } from './loadDebugInspector.ts';
export {
  isPollerDebugEnabled,
  DEBUG_QUERY_PARAM,
  DEBUG_STORAGE_KEY,
  DEBUG_TOPIC,
  type DebugSwitchSource,
} from './debugSwitch.ts';
