import { serverConnectionFor, tabShareFactory, type PollerEnv } from '@vpo-live/poller';
import type { DebugSwitchSource, InspectionPublisherOptions } from '@vpo-live/poller-debug';
// Its own entry: the page's bundle then carries only the switch, and imports the publisher when debugging is on.
import { loadDebugInspector } from '@vpo-live/poller-debug/load';
import {
  createJobsClient,
  readJobActions,
  readPollingSettings,
  readShareTabs,
  type JobActionsAccess,
  type PollingSettingsInput,
} from '@vpo-live/vpo-api';
import { render } from 'solid-js/web';
import { mountStylesheet } from './mountStylesheet.ts';
import { JobDetail } from './view/JobDetail.tsx';

/**
 * What a host passes to {@link mount}. Everything is optional. The dashboard remote's `mount` takes the same
 * names (it has no `jobId`).
 */
export interface JobDetailMountProps {
  /** The job to show; defaults to the element's `data-job-id`. */
  jobId?: string;
  /** The jobs API: `/api` (default), `/api/v1`, or an absolute URL on another origin. */
  apiBase?: string;
  /** Polling settings; each missing value comes from `<body data-polling-*>`, then the defaults. */
  config?: PollingSettingsInput;
  /** Where the Jobs pages live (default `/jobs`): "Back to jobs" links there. */
  jobsPath?: string;
  /** Add the stylesheet `<link>` (default true; a host that links `job-detail.css` itself may skip it). */
  stylesheet?: boolean;
  /**
   * Share the job's and its log's requests with the other tabs of this browser showing the same job (default:
   * yes, unless `<body data-polling-share-tabs="false">`).
   */
  shareTabs?: boolean;
  /**
   * [ext] Offer cancel, retry and delete (default: when `<body data-job-actions="true">`); either way only with
   * VPO's `<meta name="csrf-token">` on the page.
   */
  actions?: boolean;
  /** Injected page and time (tests). */
  env?: PollerEnv;
  /** Where the debug switch is read and inspection is published (tests); defaults to the page. */
  debug?: InspectionPublisherOptions & DebugSwitchSource;
}

/**
 * Mounts the live Job detail page into `el` (replacing what the server rendered there) and returns the function
 * that unmounts it, which stops every poller, timer and listener.
 *
 * @example
 * const unmount = mount(document.getElementById('job-detail-root')!, { apiBase: '/api' });
 */
export function mount(el: HTMLElement, props: JobDetailMountProps = {}): () => void {
  const doc = el.ownerDocument;
  if (props.stylesheet !== false) mountStylesheet(doc);
  const jobId = (props.jobId ?? el.dataset.jobId ?? '').trim();
  const { settings, warnings } = readPollingSettings(doc, props.config);
  for (const warning of warnings) console.warn(`[job-detail] ${warning}`);
  const apiBase = props.apiBase ?? '/api';
  const api = createJobsClient({ baseUrl: apiBase });
  const jobsPath = (props.jobsPath ?? '/jobs').replace(/\/+$/, '') || '/';
  const server = new URL(apiBase, doc.baseURI).href;
  // The host may have rendered a server-side version of the page into the element; the live one replaces it.
  el.replaceChildren();
  // Only with `?debug=poller` (or localStorage `vpo-live:debug`); otherwise undefined and free.
  const debug = loadDebugInspector(props.debug);
  const dispose = render(
    () => (
      <JobDetail
        jobId={jobId}
        api={api}
        settings={settings}
        env={props.env}
        connection={serverConnectionFor(apiBase, doc.baseURI)}
        share={readShareTabs(doc, props.shareTabs) ? tabShareFactory(server, props.env) : undefined}
        inspect={debug?.inspect}
        jobsPath={jobsPath}
        actions={actionsOf(readJobActions(doc, props.actions), apiBase)}
      />
    ),
    el,
  );
  return () => {
    dispose();
    // After the pollers, so their final `dispose` inspection messages are still published.
    debug?.dispose();
  };
}

const actionsOf = (access: JobActionsAccess | null, apiBase: string) =>
  access === null ? undefined : { access, apiBase };
