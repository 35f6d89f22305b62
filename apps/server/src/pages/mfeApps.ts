/** A micro-frontend the host pages load: where its build lives and how its page mounts it. */
export interface MfeApp {
  /** Folder under `apps/` and URL segment under `/mfe/`. */
  readonly name: string;
  /** npm workspace name (for the build hint). */
  readonly packageName: string;
  /** Human name used in the "not built" notice. */
  readonly label: string;
  /** id of the mount element, VPO-style. */
  readonly rootId: string;
  /**
   * It writes what is true into VPO's header `#connection-status`: the page's connection state (dashboard,
   * job), or "Replay" while a recorded trace is shown (state chart; empty while it follows live pollers).
   */
  readonly drivesIndicator: boolean;
}

export const MFE_APPS = {
  jobsDashboard: {
    name: 'jobs-dashboard',
    packageName: '@vpo-live/jobs-dashboard',
    label: 'jobs dashboard',
    rootId: 'jobs-dashboard-root',
    drivesIndicator: true,
  },
  jobDetail: {
    name: 'job-detail',
    packageName: '@vpo-live/job-detail',
    label: 'job detail view',
    rootId: 'job-detail-root',
    drivesIndicator: true,
  },
  statechart: {
    name: 'statechart',
    packageName: '@vpo-live/statechart',
    label: 'statechart debugger',
    rootId: 'statechart-root',
    drivesIndicator: true,
  },
} as const satisfies Record<string, MfeApp>;

/** The plain ES-module entry every remote builds next to its `remoteEntry.js`. */
export const MOUNT_FILE = 'mount.js';

/** URL prefix of an app's built assets. */
export const mfeUrlPrefix = (app: MfeApp): string => `/mfe/${app.name}/`;
