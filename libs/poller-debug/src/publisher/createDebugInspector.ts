import { defaultChannelFactory } from '../protocol/inspectionMessage.ts';
import {
  createInspectionPublisher,
  type InspectionPublisher,
  type InspectionPublisherOptions,
} from './createInspectionPublisher.ts';
import { isPollerDebugEnabled, type DebugSwitchSource } from './debugSwitch.ts';

/**
 * The inspection publisher when poller debugging is on, else `undefined` — so with debugging off no channel,
 * timer or listener exists and pollers are created without an `inspect` callback (zero cost).
 *
 * @example
 * const debug = createDebugInspector({ page: '/jobs' });
 * const poller = createPoller({ fetch, config, name: 'job-list', inspect: debug?.inspect });
 * // on unmount, after disposing the pollers:
 * debug?.dispose();
 */
export function createDebugInspector(
  options: InspectionPublisherOptions & DebugSwitchSource = {},
): InspectionPublisher | undefined {
  if (!isPollerDebugEnabled(options)) return undefined;
  if (!options.createChannel && !defaultChannelFactory()) return undefined;
  return createInspectionPublisher(options);
}
