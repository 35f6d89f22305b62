import { fromPoller } from '@vpo-live/poller-solid';
import {
  AccessRefused,
  LiveRegion,
  ShortcutHelp,
  UnreachableBanner,
  createDelayedFlag,
  createNow,
  type PageActions,
  writeConnectionStatus,
} from '@vpo-live/ui';
import { isTerminalStatus } from '@vpo-live/vpo-api';
import { SHORTCUTS } from '../keys/shortcutList.ts';
import {
  Match,
  Show,
  Switch,
  createEffect,
  createMemo,
  createSignal,
  on,
  onCleanup,
  untrack,
  type JSX,
} from 'solid-js';
import { JobActions } from '../actions/JobActions.tsx';
import { createRateEstimate } from '../job/createRateEstimate.ts';
import { jobName } from '../job/jobName.ts';
import { jobTitle } from '../job/jobTitle.ts';
import { makeJobShortcuts } from '../keys/makeJobShortcuts.ts';
import { NotifyButton } from '../notify/NotifyButton.tsx';
import { createFinishNotifier } from '../notify/createFinishNotifier.ts';
import { createNotifyChoice } from '../notify/createNotifyChoice.ts';
import { browserNotifications } from '../notify/notificationPort.ts';
import type { LogView } from '../log/createLogTail.ts';
import { ScanErrorsPanel } from '../errors/ScanErrorsPanel.tsx';
import { LogPanel } from '../log/LogPanel.tsx';
import { combinedState } from '../session/combinedState.ts';
import { createJobDetailSession, type JobDetailSessionOptions } from '../session/createJobDetailSession.ts';
import { scheduleFrame } from '../session/scheduleFrame.ts';
import { JobError } from './JobError.tsx';
import { JobFields } from './JobFields.tsx';
import { JobHeader } from './JobHeader.tsx';
import { JobProgressPanel } from './JobProgressPanel.tsx';
import { JobSummary } from './JobSummary.tsx';
import { createTabTitle } from './createTabTitle.ts';
import { Notice } from './Notice.tsx';

/** What the page polls (see the session), where "Back to jobs" goes, and whether it may act on the job. */
export interface LiveJobProps extends JobDetailSessionOptions {
  jobsPath: string;
  /** [ext] The host offers job actions (cancel, retry, delete) with this CSRF token; absent: none shown. */
  actions?: PageActions | undefined;
  /** The host page's own `#connection-status`: driven instead of the page's own indicator. */
  hostIndicator?: HTMLElement | null;
}

const ANNOUNCE: Record<string, string> = {
  completed: 'Job completed.',
  failed: 'Job failed.',
  cancelled: 'Job cancelled.',
};

/**
 * One job, live: the session's two pollers rendered into the header, progress, fields, error, summary and
 * log sections. Owns the session: unmounting disposes it.
 */
export function LiveJob(props: LiveJobProps): JSX.Element {
  // The session is made once, from the props as they are at mount.
  const session = untrack(() => createJobDetailSession(props));
  onCleanup(() => session.dispose());

  const job = fromPoller(session.job, { reconcile: true });
  const log = fromPoller(session.log);
  const scanErrors = fromPoller(session.errors);
  // Pages can land several times per frame (a catch-up, a batch split over two requests): render once per frame.
  const [logView, setLogView] = createSignal<LogView | undefined>(undefined, { equals: false });
  let renderPending = false;
  createEffect(
    on(log.data, () => {
      if (renderPending) return;
      renderPending = true;
      scheduleFrame(() => {
        renderPending = false;
        setLogView(session.log.getSnapshot().data);
      });
    }),
  );
  // A poll brings two snapshots per poller (request out, answer in), most of which change nothing shown: one
  // memo per field the page shows, so each part re-runs only when its own field changed.
  const jobState = createMemo(() => job.snapshot().state);
  const logState = createMemo(() => log.snapshot().state);
  const terminalReason = createMemo(() => job.snapshot().terminalReason);
  const lastUpdatedAt = createMemo(() => job.snapshot().lastUpdatedAt);
  const stopped = () => jobState() === 'terminal' && terminalReason() !== 'finished';
  // A 401 stops a poller but keeps its data: the page stays as it was, says why, and offers to try again
  // (the engine also asks once when the tab becomes visible again).
  const refusal = createMemo(() => {
    const refusedBy = [job.snapshot(), log.snapshot()].find((s) => s.terminalReason === 'unauthorized');
    return refusedBy ? (refusedBy.error?.message ?? '') : null;
  });
  const refused = (keptData: boolean) => (
    <AccessRefused keptData={keptData} detail={refusal() || null} onRetry={() => session.refresh()} />
  );
  const connection = () => (stopped() ? 'terminal' : combinedState([jobState(), logState()]));
  const ticking = createMemo(() => {
    const s = job.snapshot();
    return s.state !== 'terminal' && !(s.state === 'paused' && s.pauseReason === 'hidden');
  });
  const now = createNow({ active: ticking });
  const estimate = createRateEstimate(job.data, now);
  const port = browserNotifications();
  const notify = createNotifyChoice(port);
  createFinishNotifier({
    job: job.data,
    armed: notify.armed,
    port,
    check: () => session.job.refresh(),
    // Slowed, not stopped, while hidden — and only for an operator who asked to be told.
    hiddenCheckMs: Math.max(3 * untrack(() => props.settings.interval), 10_000),
  });
  const [helpOpen, setHelpOpen] = createSignal(false);
  let article: HTMLElement | undefined;
  onCleanup(
    makeJobShortcuts({
      refresh: () => session.refresh(),
      // The log's own search box (it is there once the job has written a log).
      search: () => {
        const box = article?.querySelector<HTMLInputElement>('.job-log__search-input');
        box?.focus();
        return box !== null && box !== undefined;
      },
      help: () => setHelpOpen(true),
    }),
  );
  createTabTitle(() => {
    const data = job.data();
    return data ? jobTitle(data) : null;
  });
  // In flight for more than 200 ms: a poll that answers sooner (nearly all) writes no busy state at all.
  const busy = createDelayedFlag(() => job.snapshot().isFetching || log.snapshot().isFetching);

  // The sooner of the two pollers' next requests: what "next try in N s" counts down to while failing.
  const nextPollAt = createMemo(() => {
    const times = [job.snapshot().nextPollAt, log.snapshot().nextPollAt].filter((at) => at !== null);
    return times.length === 0 ? null : Math.min(...times);
  });
  // Found by the mount, once: the host's header does not move.
  const hostStatus = untrack(() => props.hostIndicator) ?? null;
  if (hostStatus) {
    createEffect(() =>
      writeConnectionStatus(hostStatus, connection(), { nextPollAt: nextPollAt(), now: now() }),
    );
  }

  const [announcement, setAnnouncement] = createSignal('');
  // The job as this page named it when the operator deleted it here: its page then says so, not "no longer exists".
  const [deletedHere, setDeletedHere] = createSignal<string | null>(null);
  createEffect(
    on(
      () => job.data()?.status,
      (status, previous) => {
        if (status === undefined || previous === undefined || status === previous) return;
        if (isTerminalStatus(status)) setAnnouncement(ANNOUNCE[status] ?? '');
        else if (isTerminalStatus(previous)) setAnnouncement('Job re-queued; live updates resumed.');
      },
    ),
  );

  return (
    <>
      <UnreachableBanner
        state={connection()}
        nextPollAt={nextPollAt()}
        now={now()}
        onRetry={() => session.refresh()}
      />
      <Switch>
        <Match when={terminalReason() === 'gone'}>
          <Show
            when={deletedHere()}
            fallback={
              <Notice title="This job no longer exists" backHref={props.jobsPath}>
                <p>It was deleted, or the server no longer knows it. Live updates have stopped.</p>
              </Notice>
            }
          >
            {(name) => (
              <Notice title="Job deleted" backHref={props.jobsPath}>
                <p>The {name()} and its log were deleted.</p>
              </Notice>
            )}
          </Show>
        </Match>
        <Match when={refusal() !== null && !job.data()}>{refused(false)}</Match>
        <Match when={job.data()}>
          {(data) => (
            <article ref={article} class="job-detail__job" aria-labelledby="job-detail-title">
              <JobHeader
                job={data()}
                state={jobState()}
                terminalReason={terminalReason()}
                lastUpdatedAt={lastUpdatedAt()}
                connection={connection()}
                nextPollAt={nextPollAt()}
                showIndicator={hostStatus === null}
                busy={busy()}
                now={now()}
                onRefresh={() => session.refresh()}
              >
                <Show when={!isTerminalStatus(data().status)}>
                  <NotifyButton choice={notify} />
                </Show>
                <button
                  type="button"
                  class="vpo-button job-detail__keys"
                  aria-label="Keyboard shortcuts"
                  aria-haspopup="dialog"
                  title="Keyboard shortcuts (?)"
                  on:click={() => setHelpOpen(true)}
                >
                  ?
                </button>
              </JobHeader>
              <Show when={props.actions}>
                {(actions) => (
                  <JobActions
                    job={data()}
                    access={actions().access}
                    apiBase={actions().apiBase}
                    onChanged={() => session.refresh()}
                    announce={setAnnouncement}
                    onDone={(action) => {
                      if (action === 'delete') setDeletedHere(jobName(data()));
                    }}
                  />
                )}
              </Show>
              <Show when={refusal() !== null}>{refused(true)}</Show>
              <JobProgressPanel job={data()} estimate={estimate()} />
              <Show when={data().error_message}>{(message) => <JobError message={message()} />}</Show>
              <JobFields job={data()} now={now()} />
              <JobSummary job={data()} />
              <ScanErrorsPanel errors={scanErrors.data} />
              <LogPanel view={logView} jobId={data().id} status={data().status} />
              <LiveRegion message={announcement()} />
            </article>
          )}
        </Match>
        <Match when={true}>
          <p class="job-detail__loading" role="status" aria-live="polite">
            {/* While the first requests fail, the banner above says so. */}
            Loading job…
          </p>
        </Match>
      </Switch>
      <Show when={helpOpen()}>
        <ShortcutHelp shortcuts={SHORTCUTS} onClose={() => setHelpOpen(false)} />
      </Show>
    </>
  );
}
