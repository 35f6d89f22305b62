import {
  createPoller,
  type FetchContext,
  type FetchOutcome,
  type Poller,
  type PollerEnv,
  type PollerSnapshot,
  type PollingConfig,
} from '@vpo-live/poller';
import { isTerminalStatus, type JobDetail, type JobLogsResponse } from '@vpo-live/vpo-api';
import { createLogTail, type LogChange, type LogTail, type LogTailStatus } from '../log/createLogTail.ts';

/** The two reads the page needs (a subset of `@vpo-live/vpo-api`'s jobs client). */
export interface JobDetailApi {
  getJob(id: string, context: FetchContext): Promise<FetchOutcome<JobDetail>>;
  getJobLogs(
    id: string,
    query: { offset: number; lines: number },
    context: FetchContext,
  ): Promise<FetchOutcome<JobLogsResponse>>;
}

export interface JobDetailSessionOptions {
  jobId: string;
  api: JobDetailApi;
  config: PollingConfig;
  env?: PollerEnv;
  /** Called after every page of log lines is applied (or the log is reloaded). */
  onLogChange?: (change: LogChange) => void;
  inspect?: (event: unknown) => void;
}

/** Everything one job page polls, and how to stop it. */
export interface JobDetailSession {
  readonly job: Poller<JobDetail>;
  readonly log: Poller<LogTailStatus>;
  readonly tail: LogTail;
  /** Fetch the job and the log now; from a finished job, checks once whether it was re-queued. */
  refresh(): void;
  /** Stops both pollers and every listener. */
  dispose(): void;
}

/**
 * Polls one job at the polling interval and tails its log at the log interval, and ties their ends together:
 * once the job is finished (completed, failed, cancelled) the log is read one last time to its end and both
 * pollers stop — no timer is left. If the job comes back (VPO's `retry` re-queues it), a refresh or the tab
 * becoming visible again notices (the engine checks a finished job once on either), and both resume. When the
 * job is gone (404), both pollers are disposed. When access is refused (401) the pollers only stop: the page
 * keeps what it shows, and a refresh or the tab becoming visible again asks once more (the engine's check of a
 * terminal poller), so the page comes back by itself once the server answers again.
 *
 * @example
 * const session = createJobDetailSession({ jobId, api: createJobsClient({ baseUrl }), config });
 * session.job.snapshot$.subscribe(render); // later: session.dispose()
 */
export function createJobDetailSession(options: JobDetailSessionOptions): JobDetailSession {
  const { jobId, api, config, env } = options;
  let finished = false;

  const job = createPoller<JobDetail>({
    fetch: (context) => api.getJob(jobId, context),
    config,
    isTerminal: (data) => isTerminalStatus(data.status),
    env,
    inspect: options.inspect,
    name: `job:${jobId}`,
  });
  const tail = createLogTail({
    fetchPage: (query, context) => api.getJobLogs(jobId, query, context),
    onChange: options.onLogChange,
  });
  const log = createPoller<LogTailStatus>({
    fetch: tail.fetch,
    config: { ...config, interval: Math.max(config.interval, config.logInterval) },
    // The log has no status of its own: it is finished once the job is and its last page has been read.
    isTerminal: (status) => finished && !status.more,
    env,
    inspect: options.inspect,
    name: `job-log:${jobId}`,
  });

  let stopped = false;
  const stopAll = () => {
    if (stopped) return;
    stopped = true;
    job.dispose();
    log.dispose();
  };

  const subscription = job.snapshot$.subscribe((snapshot) => {
    if (snapshot.state === 'terminal') {
      if (snapshot.terminalReason === 'finished') {
        if (!finished) {
          finished = true;
          // The final read of the remaining lines; the log poller stops after it (isTerminal above).
          log.refresh();
        }
      } else if (snapshot.terminalReason === 'gone') {
        // Gone: nothing will change any more, so nothing keeps running — not even the check the engine makes
        // when the tab becomes visible again. A refusal (401) is left to the engine: signing in again ends it.
        queueMicrotask(stopAll);
      }
    } else if (finished && snapshot.data && !isTerminalStatus(snapshot.data.status)) {
      finished = false;
      log.refresh();
    }
  });

  // A long log is read page after page without waiting for the interval — while polling, or with polling
  // disabled by the host; not while paused for a hidden tab, offline or by the user.
  const mayReadOn = (snapshot: PollerSnapshot<LogTailStatus>) =>
    snapshot.data?.more === true &&
    !snapshot.isFetching &&
    (snapshot.state === 'connected' || (snapshot.state === 'paused' && snapshot.pauseReason === 'disabled'));
  const logSubscription = log.snapshot$.subscribe((snapshot) => {
    if (!mayReadOn(snapshot)) return;
    queueMicrotask(() => {
      if (!stopped && mayReadOn(log.getSnapshot())) log.refresh();
    });
  });

  // With polling disabled (`data-polling-enabled="false"`) the pollers start paused; the page still shows
  // the job and its log once.
  if (!config.enabled) {
    job.refresh();
    log.refresh();
  }

  return {
    job,
    log,
    tail,
    refresh() {
      if (stopped) return;
      job.refresh();
      log.refresh();
    },
    dispose() {
      subscription.unsubscribe();
      logSubscription.unsubscribe();
      stopAll();
    },
  };
}
