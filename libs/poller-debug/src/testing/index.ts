/**
 * Test doubles for code that reads poller inspection: message builders. (The in-memory BroadcastChannel hub is
 * the engine's: `createFakeChannelHub` from `@vpo-live/poller/testing`.)
 */
export { disposeOf, heartbeatOf, sourceOf, stepOf } from './inspectionMessages.ts';
