import { render } from 'solid-js/web';
import { serverConnectionFor, tabShareFactory, type PollerEnv } from '@vpo-live/poller';
import type { DebugSwitchSource, InspectionPublisherOptions } from '@vpo-live/poller-debug';
// Its own entry: the page's bundle then carries only the switch, and imports the publisher when debugging is on.
import { loadDebugInspector } from '@vpo-live/poller-debug/load';
import {
  createJobsClient,
  readPollingSettings,
  readJobActions,
  readShareTabs,
  type JobActionsAccess,
  type PollingSettingsInput,
} from '@vpo-live/vpo-api';
import { findHostConnectionStatus } from '@vpo-live/ui';
import { JobsDashboard } from './JobsDashboard.tsx';
import { mountStylesheet } from './mountStylesheet.ts';
import type { HistoryPort } from './query/createUrlQuery.ts';

/**
 * What a host page passes to {@link mount}; everything is optional. The job detail remote's `mount` takes the
 * same names (plus `jobId`).
 */
export interface MountProps {
  /** Base URL of VPO's API (default `/api`); absolute when the API lives on another origin. */
  apiBase?: string;
  /** Polling settings; each missing value comes from `<body data-polling-*>`, then the defaults. */
  config?: PollingSettingsInput;
  /** Where the Jobs pages live (default `/jobs`): rows link to `<jobsPath>/<id>`. */
  jobsPath?: string;
  /** Load the dashboard's stylesheet (default true); set false when the host links it itself. */
  stylesheet?: boolean;
  /**
   * Share the job list's requests with the other tabs of this browser showing the same view (default: yes,
   * unless `<body data-polling-share-tabs="false">`).
   */
  shareTabs?: boolean;
  /**
   * [ext] Offer row selection with bulk cancel and retry (default: when `<body data-job-actions="true">`);
   * either way only with VPO's `<meta name="csrf-token">` on the page.
   */
  actions?: boolean;
  /** Test seams. */
  history?: HistoryPort;
  env?: PollerEnv;
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
  const { settings, warnings } = readPollingSettings(doc, props.config);
  for (const warning of warnings) console.warn(`[jobs-dashboard] ${warning}`);
  const apiBase = props.apiBase ?? '/api';
  const client = createJobsClient({ baseUrl: apiBase });
  const jobsPath = (props.jobsPath ?? '/jobs').replace(/\/+$/, '') || '/';
  const server = new URL(apiBase, doc.baseURI).href;
  // The host may have rendered a server-side version of the page into the element; the live one replaces it.
  el.replaceChildren();
  // Only with `?debug=poller` (or localStorage `vpo-live:debug`); otherwise undefined and free.
  const debug = loadDebugInspector(props.debug);
  // Read from the page once, here: inside the JSX it would be a getter, run again by every row that asks
  // whether the page offers a selection (a DOM read per new row on every poll).
  const actions = actionsOf(readJobActions(doc, props.actions), apiBase);
  // Likewise the host's own connection indicator: its effect runs on every poll and every clock tick.
  const hostIndicator = findHostConnectionStatus(doc);
  const dispose = render(
    () => (
      <JobsDashboard
        fetchJobs={(query, context) => client.listJobs(query, context)}
        config={{ interval: settings.interval, enabled: settings.enabled }}
        connection={serverConnectionFor(apiBase, doc.baseURI)}
        share={readShareTabs(doc, props.shareTabs) ? tabShareFactory(server, props.env) : undefined}
        hostIndicator={hostIndicator}
        detailHref={(id) => `${jobsPath}/${encodeURIComponent(id)}`}
        history={props.history}
        env={props.env}
        inspect={debug?.inspect}
        actions={actions}
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

const actionsOf = (access: JobActionsAccess | null, apiBase: string) =>
  access === null ? undefined : { access, apiBase };
