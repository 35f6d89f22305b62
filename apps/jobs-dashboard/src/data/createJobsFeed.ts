import { createComputed, createEffect, createSignal, on, untrack, type Accessor } from 'solid-js';
import { createPoller } from '@vpo-live/poller-solid';
import type { FetchContext, FetchOutcome, PollerEnv, PollerSnapshot, PollingConfig } from '@vpo-live/poller';
import type { JobListItem, JobListResponse } from '@vpo-live/vpo-api';
import { queryKey, type DashboardQuery } from '../query/dashboardQuery.ts';
import { createJobRows, type StatusChange } from './createJobRows.ts';

/** Name of the User Timing measure recorded for every applied response. */
export const UPDATE_MEASURE = 'jobs-dashboard:update';

/** Fetches one page of the job list for a query; never throws for HTTP outcomes. */
export type JobListFetcher = (
  query: DashboardQuery,
  context: FetchContext,
) => Promise<FetchOutcome<JobListResponse>>;

/** A response tagged with the query that asked for it. */
export interface JobListPage {
  key: string;
  response: JobListResponse;
}

export interface JobsFeedState {
  /** The jobs on screen, keyed by id: a job keeps its store object (and its row) across polls. */
  readonly jobs: JobListItem[];
  readonly total: number;
  /** The query key of the rows shown; differs from the current query while a new view loads. */
  readonly key: string | null;
}

export interface JobsFeed {
  state: JobsFeedState;
  snapshot: Accessor<PollerSnapshot<JobListPage>>;
  refresh(): void;
}

export interface JobsFeedOptions {
  fetchJobs: JobListFetcher;
  query: Accessor<DashboardQuery>;
  config: PollingConfig;
  env?: PollerEnv;
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
 * The live job list: one poller for the dashboard, whose fetcher always asks for the current URL query.
 * Each response is applied to the rows keyed by id (`createJobRows`: one small store per job) in the same Solid
 * update as the snapshot that brought it, so all changes of a poll land in one DOM update and only the fields
 * that changed notify the cells that show them.
 * A query change triggers an immediate refresh; an ETag is only reused for the query it was issued for.
 * Must be called inside a Solid owner; the poller is disposed with it.
 */
export function createJobsFeed(options: JobsFeedOptions): JobsFeed {
  let etagKey: string | null = null;
  // The key of the last query asked for: the URL query keeps its object until navigation.
  let lastQuery: DashboardQuery | undefined;
  let lastKey = '';
  const keyOf = (query: DashboardQuery): string => {
    if (query !== lastQuery) {
      lastQuery = query;
      lastKey = queryKey(query);
    }
    return lastKey;
  };
  const fetch = async (context: FetchContext): Promise<FetchOutcome<JobListPage>> => {
    const query = untrack(options.query);
    const key = keyOf(query);
    const etag = key === etagKey ? context.etag : null;
    const outcome = await options.fetchJobs(query, { signal: context.signal, etag });
    if (outcome.kind !== 'ok') return outcome;
    etagKey = key;
    return { kind: 'ok', data: { key, response: outcome.data }, etag: outcome.etag ?? null };
  };

  const poller = createPoller<JobListPage>({
    fetch,
    config: options.config,
    env: options.env,
    inspect: options.inspect,
    name: 'job-list',
  });
  const rows = createJobRows<JobListItem>();
  const [total, setTotal] = createSignal(0);
  const [key, setKey] = createSignal<string | null>(null);
  const state: JobsFeedState = {
    get jobs() {
      return rows.rows();
    },
    get total() {
      return total();
    },
    get key() {
      return key();
    },
  };

  let applied: JobListPage | undefined;
  // Runs in the same update as the snapshot that brought the data, before any DOM write: one poll, one update.
  createComputed(() => {
    const page = poller.data();
    if (!page || page === applied) return;
    untrack(() => {
      const startedAt = performance.now();
      const sameView = applied?.key === page.key;
      applied = page;
      const update = rows.apply(page.response.jobs);
      // Still before the DOM writes: they follow once this computation returns.
      const afterMove = update.moved ? options.beforeRowsMove?.() : undefined;
      if (sameView && update.statusChanges.length > 0) options.onStatusChange?.(update.statusChanges);
      setTotal(page.response.total);
      setKey(page.key);
      // The DOM writes follow synchronously in this update; the microtask runs once they are done.
      queueMicrotask(() => {
        afterMove?.();
        measureUpdate(startedAt);
      });
    });
  });

  createEffect(on(options.query, () => poller.refresh(), { defer: true }));
  // With polling disabled (VPO's data-polling-enabled="false") the page still shows the jobs once, as VPO's
  // own page does; the Refresh button and navigation fetch again.
  if (!options.config.enabled) poller.refresh();

  return { state, snapshot: poller.snapshot, refresh: () => poller.refresh() };
}

/**
 * A User Timing entry per applied response (store update + DOM writes), for DevTools and the benchmark. Only
 * the latest stays in the timeline (observers still see each), so a page open for days holds one.
 */
function measureUpdate(startedAt: number): void {
  performance.clearMeasures(UPDATE_MEASURE);
  performance.measure(UPDATE_MEASURE, { start: startedAt, end: performance.now() });
}
