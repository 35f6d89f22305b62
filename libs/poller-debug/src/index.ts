/**
 * Debug inspection: with `?debug=poller` (or localStorage `vpo-live:debug` = `poller`) pollers publish their
 * XState inspection events on a BroadcastChannel, which the state-chart visualizer (apps/statechart) reads.
 * Off by default, and then nothing is created.
 */
export * from './publisher/index.ts';
export * from './protocol/inspectionMessage.ts';
export { parseInspectionMessage } from './protocol/parseInspectionMessage.ts';
export { toPlainJson, summarize, type JsonValue, type PlainJsonLimits } from './protocol/toPlainJson.ts';
