/**
 * Test doubles for code built on the polling engine: a page (document/window) that counts its listeners and
 * a fetcher whose requests the test settles.
 */
export { createFakeDocument, type FakeDocument } from './createFakeDocument.ts';
export { createFakeWindow, type FakeWindow } from './createFakeWindow.ts';
export {
  createControlledFetcher,
  type ControlledFetcher,
  type PendingFetch,
} from './createControlledFetcher.ts';
export { createFakeChannelHub, type FakeChannelHub } from './createFakeChannelHub.ts';
export { createFakeLockManager, type FakeLockManager } from './createFakeLockManager.ts';
