/** Test doubles for code that publishes or reads poller inspection: a BroadcastChannel hub and message builders. */
export { createFakeChannelHub, type FakeChannelHub } from './createFakeChannelHub.ts';
export { disposeOf, heartbeatOf, sourceOf, stepOf } from './inspectionMessages.ts';
