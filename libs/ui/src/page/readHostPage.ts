import {
  serverConnectionFor,
  serverKey,
  tabShareFactory,
  type PollerEnv,
  type ServerConnection,
  type TabShareFactory,
} from '@vpo-live/poller';
import {
  createJobsClient,
  readJobActions,
  readPollingSettings,
  readShareTabs,
  type JobActionsAccess,
  type JobsClient,
  type PollingSettings,
  type PollingSettingsInput,
} from '@vpo-live/vpo-api';
import { findHostConnectionStatus } from '../connection/writeConnectionStatus.ts';

/** What a host page passes to either remote's `mount(el, props)`; each remote adds its own (the job's id, test seams). */
export interface HostProps {
  /** Base URL of VPO's API (default `/api`): `/api`, `/api/v1`, or an absolute URL on another origin. */
  apiBase?: string;
  /** Polling settings; each missing value comes from `<body data-polling-*>`, then the defaults. */
  config?: PollingSettingsInput;
  /** Where the Jobs pages live (default `/jobs`): the dashboard's rows link to `<jobsPath>/<id>`, the detail page's "Back to jobs" here. */
  jobsPath?: string;
  /** Add the remote's stylesheet `<link>` (default true; a host that links the stylesheet itself may skip it). */
  stylesheet?: boolean;
  /**
   * Share requests with the other tabs of this browser showing the same list or job (default: yes, unless
   * `<body data-polling-share-tabs="false">`).
   */
  shareTabs?: boolean;
  /**
   * [ext] Offer job actions — on the detail page cancel, retry and delete; on the dashboard row selection with
   * bulk cancel and retry (default: when `<body data-job-actions="true">`); either way only with VPO's
   * `<meta name="csrf-token">` on the page.
   */
  actions?: boolean;
  /** Injected page and time (tests). */
  env?: PollerEnv;
}

/** [ext] The job actions a page offers: the CSRF token to send them with, and the API they go to. */
export interface PageActions {
  access: JobActionsAccess;
  apiBase: string;
}

/** What a remote's `mount` knows about its host page, read once. */
export interface HostPage {
  settings: PollingSettings;
  apiBase: string;
  api: JobsClient;
  /** Without a trailing slash; `/` when the Jobs pages are the site's root. */
  jobsPath: string;
  /** The page's one connection to the API's server, shared by all its pollers. */
  connection: ServerConnection;
  /** Shares requests across tabs; absent when the host turned it off. */
  share: TabShareFactory | undefined;
  /** Absent: no action controls appear. */
  actions: PageActions | undefined;
  /** The host's own `#connection-status`, which the remote then drives instead of rendering its own. */
  hostIndicator: HTMLElement | null;
}

/**
 * Reads everything a remote needs from its host page and props, once, at mount: inside the components each of
 * these would be a getter read again on every poll. Bad polling settings fall back to their defaults with a
 * console warning prefixed `[name]`.
 *
 * @example
 * const host = readHostPage(el.ownerDocument, props, 'job-detail');
 */
export function readHostPage(doc: Document, props: HostProps, name: string): HostPage {
  const { settings, warnings } = readPollingSettings(doc, props.config);
  for (const warning of warnings) console.warn(`[${name}] ${warning}`);
  const apiBase = props.apiBase ?? '/api';
  const access = readJobActions(doc, props.actions);
  return {
    settings,
    apiBase,
    api: createJobsClient({ baseUrl: apiBase }),
    jobsPath: (props.jobsPath ?? '/jobs').replace(/\/+$/, '') || '/',
    connection: serverConnectionFor(apiBase, doc.baseURI),
    share: readShareTabs(doc, props.shareTabs)
      ? tabShareFactory(serverKey(apiBase, doc.baseURI), props.env)
      : undefined,
    actions: access === null ? undefined : { access, apiBase },
    hostIndicator: findHostConnectionStatus(doc),
  };
}
