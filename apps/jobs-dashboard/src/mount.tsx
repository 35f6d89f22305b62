import { render } from 'solid-js/web';
import {
  createDebugInspector,
  parsePollingConfig,
  readPollingConfig,
  type DebugSwitchSource,
  type InspectionPublisherOptions,
  type PollerEnv,
  type PollingConfig,
} from '@vpo-live/poller';
import { createJobsClient } from '@vpo-live/vpo-api';
import { findHostConnectionStatus } from '@vpo-live/ui';
import { JobsDashboard } from './JobsDashboard.tsx';
import { mountStylesheet } from './mountStylesheet.ts';
import type { HistoryPort } from './query/createUrlQuery.ts';

/** What a host page passes to {@link mount}; everything is optional. */
export interface MountProps {
  /** Base URL of VPO's API (default `/api`); absolute when the API lives on another origin. */
  apiBase?: string;
  /** Polling settings; defaults to VPO's `<body data-polling-*>` attributes. */
  config?: Partial<PollingConfig>;
  /** Path of the job detail pages (default `/jobs`): rows link to `<detailPath>/<id>`. */
  detailPath?: string;
  /** Load the dashboard's stylesheet (default true); set false when the host links it itself. */
  stylesheet?: boolean;
  /** Test seams. */
  history?: HistoryPort;
  env?: PollerEnv;
  /** Where the debug switch is read and inspection is published (tests); defaults to the page. */
  debug?: InspectionPublisherOptions & DebugSwitchSource;
}

/**
 * Mounts the Jobs dashboard into `el` and returns the function that unmounts it (every timer, listener and
 * request is released — FR-013). This is the remote's only export (`./mount`), and the same function the
 * plain ES-module build (`dist/mount.js`) exports.
 *
 * @example
 * const unmount = mount(document.getElementById('jobs-dashboard-root')!);
 */
export function mount(el: HTMLElement, props: MountProps = {}): () => void {
  const doc = el.ownerDocument;
  if (props.stylesheet !== false) mountStylesheet(doc);
  const fromBody = readPollingConfig(doc).config;
  const config = props.config ? parsePollingConfig({ ...fromBody, ...props.config }).config : fromBody;
  const client = createJobsClient({ baseUrl: props.apiBase ?? '/api' });
  const detailPath = (props.detailPath ?? '/jobs').replace(/\/+$/, '');
  el.classList.add('vpo-mfe');
  // Only with `?debug=poller` (or localStorage `vpo-live:debug`); otherwise undefined and free.
  const debug = createDebugInspector(props.debug);
  const dispose = render(
    () => (
      <JobsDashboard
        fetchJobs={(query, context) => client.listJobs(query, context)}
        config={config}
        hostIndicator={findHostConnectionStatus(doc)}
        detailHref={(id) => `${detailPath}/${encodeURIComponent(id)}`}
        history={props.history}
        env={props.env}
        inspect={debug?.inspect}
      />
    ),
    el,
  );
  return () => {
    dispose();
    // After the poller, so its final `dispose` inspection message is still published.
    debug?.dispose();
    el.classList.remove('vpo-mfe');
  };
}
