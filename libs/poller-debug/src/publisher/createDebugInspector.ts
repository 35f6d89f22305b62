import {
  createInspectionPublisher,
  type InspectionPublisher,
  type InspectionPublisherOptions,
} from './createInspectionPublisher.ts';
import { wantsInspection, type DebugSwitchSource } from './debugSwitch.ts';

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
  if (!wantsInspection(options)) return undefined;
  return createInspectionPublisher(options);
}
