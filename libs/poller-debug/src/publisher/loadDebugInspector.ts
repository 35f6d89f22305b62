import type { InspectionPublisher, InspectionPublisherOptions } from './createInspectionPublisher.ts';
import { wantsInspection, type DebugSwitchSource } from './debugSwitch.ts';

/** Inspection events kept while the publisher loads (a page's first steps; it loads in milliseconds). */
const MAX_QUEUED = 1000;

/**
 * {@link createDebugInspector} for the pages' bundles: when poller debugging is on, the publisher's code is
 * imported on demand, so a page without `?debug=poller` ships none of it (about 2 kB gzip of the dashboard's
 * own code). The returned inspector takes events at once and hands those that came before the publisher was
 * loaded to it in order, so the trace starts at the poller's first step. `undefined` when debugging is off.
 *
 * @example
 * const debug = loadDebugInspector({ page: '/jobs' });
 * const poller = createPoller({ fetch, config, inspect: debug?.inspect });
 */
export function loadDebugInspector(
  options: InspectionPublisherOptions & DebugSwitchSource = {},
): InspectionPublisher | undefined {
  if (!wantsInspection(options)) return undefined;
  let publisher: InspectionPublisher | null = null;
  let disposed = false;
  const queued: unknown[] = [];
  void import('./createInspectionPublisher.ts').then(
    ({ createInspectionPublisher }) => {
      if (disposed) return;
      publisher = createInspectionPublisher(options);
      for (const event of queued.splice(0)) publisher.inspect(event);
    },
    (error: unknown) => {
      queued.length = 0;
      console.warn('[vpo-live] poller debugging is on, but its publisher could not be loaded', error);
    },
  );
  return {
    inspect(event) {
      if (publisher) publisher.inspect(event);
      else if (!disposed && queued.length < MAX_QUEUED) queued.push(event);
    },
    dispose() {
      disposed = true;
      queued.length = 0;
      publisher?.dispose();
    },
  };
}
