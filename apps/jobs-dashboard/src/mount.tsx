import { render } from 'solid-js/web';
import type { DebugSwitchSource, InspectionPublisherOptions } from '@vpo-live/poller-debug';
// Its own entry: the page's bundle then carries only the switch, and imports the publisher when debugging is on.
import { loadDebugInspector } from '@vpo-live/poller-debug/load';
import { readHostPage, type HostProps } from '@vpo-live/ui';
import { JobsDashboard } from './JobsDashboard.tsx';
import { mountStylesheet } from './mountStylesheet.ts';
import type { HistoryPort } from './query/createUrlQuery.ts';

/**
 * What a host page passes to {@link mount}: the props both remotes take (`HostProps`: API base, polling
 * settings, Jobs path, stylesheet, tab sharing, actions, env); everything is optional.
 */
export interface MountProps extends HostProps {
  /** Where filters, sort and page are kept (tests); defaults to the page's URL and history. */
  history?: HistoryPort;
  /** Where the debug switch is read and inspection is published (tests); defaults to the page. */
  debug?: InspectionPublisherOptions & DebugSwitchSource;
}

/**
 * Mounts the Jobs dashboard into `el` (replacing what the server rendered there) and returns the function that
 * unmounts it (every timer, listener and request is released — FR-013). This is the remote's only export
 * (`./mount`), and the same function the plain ES-module build (`dist/mount.js`) exports.
 *
 * @example
 * const unmount = mount(document.getElementById('jobs-dashboard-root')!);
 */
export function mount(el: HTMLElement, props: MountProps = {}): () => void {
  const doc = el.ownerDocument;
  if (props.stylesheet !== false) mountStylesheet(doc);
  const host = readHostPage(doc, props, 'jobs-dashboard');
  // The host may have rendered a server-side version of the page into the element; the live one replaces it.
  el.replaceChildren();
  // Only with `?debug=poller` (or localStorage `vpo-live:debug`); otherwise undefined and free.
  const debug = loadDebugInspector(props.debug);
  const dispose = render(
    () => (
      <JobsDashboard
        fetchJobs={(query, context) => host.api.listJobs(query, context)}
        config={{ interval: host.settings.interval, enabled: host.settings.enabled }}
        connection={host.connection}
        share={host.share}
        hostIndicator={host.hostIndicator}
        detailHref={(id) => `${host.jobsPath}/${encodeURIComponent(id)}`}
        history={props.history}
        env={props.env}
        inspect={debug?.inspect}
        actions={host.actions}
      />
    ),
    el,
  );
  return () => {
    dispose();
    // After the poller, so its final `dispose` inspection message is still published.
    debug?.dispose();
  };
}
