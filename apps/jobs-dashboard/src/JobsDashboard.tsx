import {
  Match,
  Show,
  Switch,
  createEffect,
  createMemo,
  createSignal,
  on,
  onCleanup,
  type JSX,
} from 'solid-js';
import type { PollerEnv, PollingConfig, ServerConnection, TabShareFactory } from '@vpo-live/poller';
import type { SortField } from '@vpo-live/vpo-api';
import {
  AccessRefused,
  LiveRegion,
  ShortcutHelp,
  UnreachableBanner,
  createDelayedFlag,
  createNow,
  type PageActions,
  createRelativeClock,
  writeConnectionStatus,
} from '@vpo-live/ui';
import { BulkActions } from './actions/BulkActions.tsx';
import { shortcutsFor } from './keys/shortcutList.ts';
import { createSelection } from './actions/createSelection.ts';
import { createJobsFeed, type JobListFetcher } from './data/createJobsFeed.ts';
import { finishedJobsMessage } from './data/finishedJobsMessage.ts';
import { FilterBar } from './filters/FilterBar.tsx';
import { createUrlQuery, type HistoryPort } from './query/createUrlQuery.ts';
import {
  defaultOrder,
  hasFilters,
  pageSizeOf,
  patchQuery,
  sortOf,
  type DashboardQuery,
} from './query/dashboardQuery.ts';
import { EmptyState } from './states/EmptyState.tsx';
import { LoadError } from './states/LoadError.tsx';
import { JobsTable } from './table/JobsTable.tsx';
import { bringIntoView } from './table/bringIntoView.ts';
import { createScrollAnchor } from './table/createScrollAnchor.ts';
import { createScrollMemory, type ScrollMemoryPort } from './table/createScrollMemory.ts';
import { Pagination } from './table/Pagination.tsx';
import { createRunningTitle } from './title/createRunningTitle.ts';
import { Toolbar } from './toolbar/Toolbar.tsx';
import { focusRow } from './keys/focusRow.ts';
import { toggleFocusedRow } from './keys/toggleFocusedRow.ts';
import { makeDashboardShortcuts } from './keys/makeDashboardShortcuts.ts';

export interface JobsDashboardProps {
  fetchJobs: JobListFetcher;
  config: PollingConfig;
  /** The page's connection to the API's server, shared with its other pollers. */
  connection?: ServerConnection;
  /** Shares the list's requests with the browser's other tabs; absent: this tab polls on its own. */
  share?: TabShareFactory;
  /** VPO's header `#connection-status`, if the host page has one; otherwise the dashboard shows its own. */
  hostIndicator?: HTMLElement | null;
  detailHref: (id: string) => string;
  /** Injected browser surfaces (tests); default to the real page. */
  history?: HistoryPort;
  scroll?: ScrollMemoryPort;
  env?: PollerEnv;
  /** The page's debug inspector callback, when poller debugging is on. */
  inspect?: (event: unknown) => void;
  /** [ext] The host offers job actions with this CSRF token: row selection and bulk cancel/retry. */
  actions?: PageActions | undefined;
}

/**
 * The live Jobs dashboard: filters, sort and page in the URL; a table updated in place on every poll; the
 * connection state; and polite announcements when jobs on screen complete or fail.
 */
export function JobsDashboard(props: JobsDashboardProps): JSX.Element {
  // The ports are fixed for the component's lifetime; reading them once is intended.
  // eslint-disable-next-line solid/reactivity
  const url = createUrlQuery(props.history);
  const [announcement, setAnnouncement] = createSignal('');
  let tableBody: HTMLTableSectionElement | undefined;
  let pagesAbove: HTMLElement | undefined;
  let tableWrap: HTMLElement | undefined;
  const scrollAnchor = createScrollAnchor();
  // eslint-disable-next-line solid/reactivity
  const scrollMemory = createScrollMemory(props.scroll);
  const feed = createJobsFeed({
    // eslint-disable-next-line solid/reactivity
    fetchJobs: props.fetchJobs,
    query: url.query,
    // eslint-disable-next-line solid/reactivity
    config: props.config,
    // eslint-disable-next-line solid/reactivity
    env: props.env,
    // eslint-disable-next-line solid/reactivity
    connection: props.connection,
    // eslint-disable-next-line solid/reactivity
    share: props.share,
    // eslint-disable-next-line solid/reactivity
    inspect: props.inspect,
    onStatusChange(changes) {
      const before = new Map(changes.map(({ row, was }) => [row.id, was]));
      const message = finishedJobsMessage(
        before,
        changes.map(({ row }) => row),
      );
      if (message) setAnnouncement(message);
    },
    beforeRowsMove: () => scrollAnchor.hold(tableBody),
  });
  // "Updated N s ago" ticks every second; the rows' "3 min ago" share a clock that wakes a row only when its
  // text changes, and only while it is in view.
  const now = createNow();
  const clock = createRelativeClock();

  // One memo per field the page shows: a poll brings two snapshots (request out, response in), and each part
  // of the page re-runs only when its own field changed.
  const pollState = createMemo(() => feed.snapshot().state);
  const nextPollAt = createMemo(() => feed.snapshot().nextPollAt);
  const lastUpdatedAt = createMemo(() => feed.snapshot().lastUpdatedAt);
  const errorCount = createMemo(() => feed.snapshot().errorCount);
  const placeholder = createMemo(() => feed.snapshot().isPlaceholder);
  // In flight for more than 200 ms: a poll that answers sooner (nearly all) writes no busy state at all.
  const slow = createDelayedFlag(() => feed.snapshot().isFetching);

  createEffect(() => {
    const el = props.hostIndicator;
    if (el) writeConnectionStatus(el, pollState(), { nextPollAt: nextPollAt(), now: now() });
  });

  const query = () => url.query();
  // A selection belongs to one view: another page, filter or sort starts with none.
  const selection = createSelection();
  createEffect(on(query, () => selection.clear(), { defer: true }));
  const go = (patch: Partial<DashboardQuery>) => url.navigate(patchQuery(query(), patch));
  const sortBy = (field: SortField) => {
    const current = sortOf(query());
    const order = current.sort === field ? (current.order === 'asc' ? 'desc' : 'asc') : defaultOrder(field);
    go({ sort: field, order, offset: undefined });
  };
  const clearFilters = () =>
    go({ status: undefined, type: undefined, since: undefined, search: undefined, offset: undefined });
  const offset = () => query().offset ?? 0;
  const pageSize = () => pageSizeOf(query());
  // The new page is read from its top: the controls above the table (or the table) come into view.
  const goToOffset = (next: number) => {
    go({ offset: next > 0 ? next : undefined });
    bringIntoView(pagesAbove?.isConnected ? pagesAbove : tableWrap);
  };
  // Another page size keeps the first job in view on the page that now holds it.
  const setPageSize = (size: number) => {
    const first = Math.floor(offset() / size) * size;
    go({ limit: size, offset: first > 0 ? first : undefined });
  };

  const loaded = () => feed.state.loaded;
  // The tab title counts running jobs: exactly when the view is filtered to running jobs (the total), else
  // those on this page (counted by the feed as each response is applied).
  createRunningTitle(() => (query().status === 'running' ? feed.state.total : feed.state.running));
  // Back from a job's page: the rows are on screen once loaded, so the list can go back to where it was.
  createEffect(() => {
    if (loaded()) scrollMemory.restore(tableBody);
  });
  // A 401 stops the poller but keeps its data: the table stays, a notice says why, and Refresh, "Try again" or
  // coming back to the tab asks again (the engine checks once then).
  const refused = createMemo(() => feed.snapshot().terminalReason === 'unauthorized');
  const refusedNotice = () => (
    <AccessRefused
      keptData={loaded()}
      detail={feed.snapshot().error?.message ?? null}
      onRetry={() => feed.refresh()}
    />
  );
  // Keyboard: / search, r refresh, j/k through the rows (Enter opens the focused one, x selects it), ? this list.
  const [helpOpen, setHelpOpen] = createSignal(false);
  onCleanup(
    makeDashboardShortcuts({
      search: () => document.getElementById('jobs-filter-search')?.focus(),
      refresh: () => feed.refresh(),
      move: (step) => focusRow(tableBody?.isConnected ? tableBody : undefined, step),
      select: (range) => toggleFocusedRow(tableBody?.isConnected ? tableBody : undefined, range),
      help: () => setHelpOpen(true),
      enabled: () => !helpOpen(),
    }),
  );

  const failedFirst = () => !loaded() && (errorCount() > 0 || pollState() === 'terminal');
  // The rows of the previous view stay on screen, marked busy at once, until the new view answers.
  const busy = () => slow() || placeholder();

  return (
    <div class="vpo-mfe jobs-dashboard">
      <div class="jobs-header">
        <FilterBar
          query={query()}
          onChange={(patch) => go({ ...patch, offset: undefined })}
          onClear={clearFilters}
        />
        <Toolbar
          state={pollState()}
          nextPollAt={nextPollAt()}
          showIndicator={!props.hostIndicator}
          lastUpdatedAt={lastUpdatedAt()}
          now={now()}
          busy={slow()}
          onRefresh={() => feed.refresh()}
          onHelp={() => setHelpOpen(true)}
        />
      </div>
      <Show when={helpOpen()}>
        <ShortcutHelp
          shortcuts={shortcutsFor(props.actions !== undefined)}
          onClose={() => setHelpOpen(false)}
        />
      </Show>
      <LiveRegion message={announcement()} />
      {/* Once jobs are on screen; before that the first load's failure says so itself (LoadError). */}
      <Show when={loaded()}>
        <UnreachableBanner
          state={pollState()}
          nextPollAt={nextPollAt()}
          now={now()}
          onRetry={() => feed.refresh()}
        />
      </Show>
      <Show when={refused() && loaded()}>{refusedNotice()}</Show>
      <Switch>
        <Match when={failedFirst()}>
          <Show
            when={refused()}
            fallback={<LoadError error={feed.snapshot().error} onRetry={() => feed.refresh()} />}
          >
            {refusedNotice()}
          </Show>
        </Match>
        <Match when={!loaded()}>
          <p class="jobs-loading" aria-busy="true">
            Loading jobs…
          </p>
        </Match>
        <Match when={feed.state.jobs.length === 0}>
          <EmptyState
            filtered={hasFilters(query())}
            pastEnd={feed.state.total > 0 && offset() > 0}
            onClearFilters={clearFilters}
            onFirstPage={() => go({ offset: undefined })}
          />
        </Match>
        <Match when={feed.state.jobs.length > 0}>
          <Show when={props.actions}>
            {(actions) => (
              <BulkActions
                jobs={feed.state.jobs}
                selection={selection}
                access={actions().access}
                apiBase={actions().apiBase}
                onChanged={() => feed.refresh()}
                announce={setAnnouncement}
              />
            )}
          </Show>
          <Pagination
            place="above"
            ref={(el) => (pagesAbove = el)}
            offset={feed.state.offset}
            count={feed.state.jobs.length}
            total={feed.state.total}
            pageSize={pageSize()}
            onOffset={goToOffset}
            onPageSize={setPageSize}
          />
          <JobsTable
            wrapRef={(el) => (tableWrap = el)}
            selection={props.actions ? selection : undefined}
            jobs={feed.state.jobs}
            sort={sortOf(query()).sort}
            order={sortOf(query()).order}
            onSort={sortBy}
            busy={busy()}
            clock={clock}
            now={now}
            detailHref={props.detailHref}
            bodyRef={(el) => (tableBody = el)}
          />
          <Pagination
            place="below"
            offset={feed.state.offset}
            count={feed.state.jobs.length}
            total={feed.state.total}
            pageSize={pageSize()}
            onOffset={goToOffset}
            onPageSize={setPageSize}
          />
        </Match>
      </Switch>
    </div>
  );
}
