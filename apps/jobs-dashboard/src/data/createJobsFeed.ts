import { createComputed, createEffect, createSignal, on, untrack, type Accessor } from 'solid-js';
import { createKeyedRows, createPoller, type StatusChange } from '@vpo-live/poller-solid';
import type {
  Fetcher,
  FetchOutcome,
  PollerEnv,
  PollerSnapshot,
  PollingConfig,
  ServerConnection,
  TabShareFactory,
} from '@vpo-live/poller';
import type { JobListItem, JobListResponse } from '@vpo-live/vpo-api';
import { queryKey, readDashboardQuery, type DashboardQuery } from '../query/dashboardQuery.ts';

/** Name of the User Timing measure recorded for every applied response. */
export const UPDATE_MEASURE = 'jobs-dashboard:update';

/** Fetches one page of the job list for a query; never throws for HTTP outcomes. */
export type JobListFetcher = (
  query: DashboardQuery,
  context: { signal: AbortSignal; etag: string | null },
) => Promise<FetchOutcome<JobListResponse>>;

export interface JobsFeedState {
  /** The jobs on screen, keyed by id: a job keeps its store object (and its row) across polls. */
  readonly jobs: JobListItem[];
  readonly total: number;
  /** Where the jobs on screen start in the list (the response's offset): the page they are, until the next answers. */
  readonly offset: number;
  /** How many of the jobs on screen are running; notifies only when the number changes. */
  readonly running: number;
  /** True once a page of jobs has been shown. */
  readonly loaded: boolean;
}

export interface JobsFeed {
  state: JobsFeedState;
  snapshot: Accessor<PollerSnapshot<JobListResponse>>;
  refresh(): void;
}

export interface JobsFeedOptions {
  fetchJobs: JobListFetcher;
  query: Accessor<DashboardQuery>;
  config: PollingConfig;
  env?: PollerEnv;
  /** The page's connection to the API's server, shared with its other pollers. */
  connection?: ServerConnection;
  /** Shares the list's requests with the browser's other tabs showing the same view. */
  share?: TabShareFactory;
  /** Receives the poller's XState inspection events (see `createDebugInspector`); absent when debugging is off. */
  inspect?: (event: unknown) => void;
  /**
   * Called in the same update as the row update with the rows already on screen whose status the poll
   * changed (page order), when there are any and the response is for the same view (query) as the rows.
   */
  onStatusChange?: (changes: readonly StatusChange<JobListItem>[]) => void;
  /**
   * Called before rows are added, removed or reordered (not when only fields change); the function it returns
   * is called once the DOM has been updated, before the next paint (used to hold the scroll position).
   */
  beforeRowsMove?: () => () => void;
}

/**
 * The live job list: one poller whose resource key is the URL query (`queryKey`), so the engine switches views
 * itself — the rows of the previous view stay as a placeholder until the new one answers, an answer for an old
 * view is never applied, and each view keeps its ETag. Each response is applied to the rows keyed by id
 * (`createKeyedRows`: one small store per job) in the same Solid update as the snapshot that brought it, so all
 * changes of a poll land in one DOM update and only the fields that changed notify the cells that show them.
 * Must be called inside a Solid owner; the poller is disposed with it.
 */
export function createJobsFeed(options: JobsFeedOptions): JobsFeed {
  // One leader per view among the browser's tabs: the share's lock is per key (the query).
  const tabs = options.share?.('job-list', options.config.interval);
  // The key is the query's canonical search string: parsing it back gives the query it was made from. Parsed
  // once per key, not per request: every poll of a view asks with the same key.
  let parsed: { key: string; query: DashboardQuery } | undefined;
  const queryOf = (key: string): DashboardQuery =>
    parsed?.key === key ? parsed.query : (parsed = { key, query: readDashboardQuery(key) }).query;
  const fetch: Fetcher<JobListResponse> = ({ key, signal, etag }) =>
    options.fetchJobs(queryOf(key), { signal, etag });
  const poller = createPoller<JobListResponse>({
    key: queryKey(untrack(options.query)),
    fetch: tabs ? tabs.wrap(fetch) : fetch,
    config: options.config,
    env: options.env,
    connection: options.connection,
    tabs,
    inspect: options.inspect,
    name: 'job-list',
  });
  const rows = createKeyedRows<JobListItem>();
  const [total, setTotal] = createSignal(0);
  const [offset, setOffset] = createSignal(0);
  const [running, setRunning] = createSignal(0);
  const [loaded, setLoaded] = createSignal(false);
  const state: JobsFeedState = {
    get jobs() {
      return rows.rows();
    },
    get total() {
      return total();
    },
    get offset() {
      return offset();
    },
    get running() {
      return running();
    },
    get loaded() {
      return loaded();
    },
  };

  let applied: JobListResponse | undefined;
  let appliedKey: string | undefined;
  // Runs in the same update as the snapshot that brought the data, before any DOM write: one poll, one update.
  createComputed(() => {
    const { data: page, key, isPlaceholder } = poller.snapshot();
    if (!page || isPlaceholder || page === applied) return;
    untrack(() => {
      const startedAt = performance.now();
      const sameView = appliedKey === key;
      applied = page;
      appliedKey = key;
      const update = rows.apply(page.jobs);
      // Still before the DOM writes: they follow once this computation returns.
      const afterMove = update.moved ? options.beforeRowsMove?.() : undefined;
      if (sameView && update.statusChanges.length > 0) options.onStatusChange?.(update.statusChanges);
      setTotal(page.total);
      setOffset(page.offset);
      // Counted from the response's plain rows, not through 100 stores that would each track the count.
      setRunning(rows.count(isRunning));
      setLoaded(true);
      // The DOM writes follow synchronously in this update; the microtask runs once they are done.
      queueMicrotask(() => {
        afterMove?.();
        measureUpdate(startedAt);
      });
    });
  });

  createEffect(on(options.query, (query) => poller.setKey(queryKey(query)), { defer: true }));
  // With polling disabled (VPO's data-polling-enabled="false") the page still shows the jobs once, as VPO's
  // own page does; the Refresh button and navigation fetch again.
  if (!options.config.enabled) poller.refresh();

  return { state, snapshot: poller.snapshot, refresh: () => poller.refresh() };
}

const isRunning = (job: JobListItem): boolean => job.status === 'running';

/**
 * A User Timing entry per applied response (store update + DOM writes), for DevTools and the benchmark. Only
 * the latest stays in the timeline (observers still see each), so a page open for days holds one.
 */
function measureUpdate(startedAt: number): void {
  performance.clearMeasures(UPDATE_MEASURE);
  performance.measure(UPDATE_MEASURE, { start: startedAt, end: performance.now() });
}
