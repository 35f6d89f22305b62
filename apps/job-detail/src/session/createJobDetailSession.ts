import {
  createPoller,
  type Fetcher,
  type FetchOutcome,
  type Poller,
  type PollerEnv,
  type ServerConnection,
  type TabShareFactory,
} from '@vpo-live/poller';
import {
  isTerminalStatus,
  type CallOptions,
  type JobDetail,
  type JobLogsResponse,
  type PollingSettings,
} from '@vpo-live/vpo-api';
import { createLogTail, type LogView } from '../log/createLogTail.ts';
import type { LogRequest } from '../log/logCursor.ts';

/** The two reads the page needs (a subset of `@vpo-live/vpo-api`'s jobs client). */
export interface JobDetailApi {
  getJob(id: string, options: CallOptions): Promise<FetchOutcome<JobDetail>>;
  getJobLogs(id: string, request: LogRequest, options: CallOptions): Promise<FetchOutcome<JobLogsResponse>>;
}

export interface JobDetailSessionOptions {
  jobId: string;
  api: JobDetailApi;
  settings: PollingSettings;
  env?: PollerEnv;
  /** The page's connection to the API's server: the job and log pollers share it with each other and the page. */
  connection?: ServerConnection;
  /** Shares the job's and the log's requests with the browser's other tabs showing this job. */
  share?: TabShareFactory;
  inspect?: (event: unknown) => void;
}

/** Everything one job page polls, and how to stop it. */
export interface JobDetailSession {
  readonly job: Poller<JobDetail>;
  readonly log: Poller<LogView>;
  /** Fetch the job and the log now; from a finished job, checks once whether it was re-queued. */
  refresh(): void;
  /** Stops both pollers and every listener. */
  dispose(): void;
}

/**
 * Polls one job at the polling interval and tails its log at the log interval (a long log is read page after
 * page at once, by the engine), and ties their ends together: once the job is finished (completed, failed,
 * cancelled) the log is read one last time to its end and both pollers stop — no timer is left. If the job
 * comes back (VPO's `retry` re-queues it), a refresh or the tab becoming visible again notices (the engine
 * checks a finished job once on either), and both resume. When the job is gone (404), both pollers are
 * disposed. When access is refused (401) the pollers only stop: the page keeps what it shows, and a refresh or
 * the tab becoming visible again asks once more, so the page comes back by itself once the server answers.
 *
 * @example
 * const session = createJobDetailSession({ jobId, api: createJobsClient({ baseUrl }), settings });
 * session.job.snapshot$.subscribe(render); // later: session.dispose()
 */
export function createJobDetailSession(options: JobDetailSessionOptions): JobDetailSession {
  const { jobId, api, settings, env, connection } = options;
  const logInterval = Math.max(settings.interval, settings.logInterval);
  let finished = false;

  const jobTabs = options.share?.(`job:${jobId}`, settings.interval);
  const getJob: Fetcher<JobDetail> = (context) => api.getJob(jobId, context);
  const job = createPoller<JobDetail>({
    fetch: jobTabs ? jobTabs.wrap(getJob) : getJob,
    config: { interval: settings.interval, enabled: settings.enabled },
    isTerminal: (data) => isTerminalStatus(data.status),
    env,
    connection,
    tabs: jobTabs,
    inspect: options.inspect,
    name: `job:${jobId}`,
  });
  // The log is shared page by page: a tab in step takes the leader's page for the offset it needs; a tab that
  // joined late (another offset) reads its pages from the server until it is in step.
  const logTabs = options.share?.(`job-log:${jobId}`, logInterval);
  const tail = createLogTail({
    fetchPage: (request, context) => {
      const read = () => api.getJobLogs(jobId, request, context);
      if (!logTabs) return read();
      const signal = context.signal ?? new AbortController().signal;
      return logTabs.request(
        `${request.offset}+${request.lines}`,
        { signal, etag: context.etag ?? null },
        read,
      );
    },
  });
  const log = createPoller<LogView>({
    fetch: tail.fetch,
    config: { interval: logInterval, enabled: settings.enabled },
    // The log has no status of its own: it is finished once the job is and its last page has been read.
    isTerminal: (view) => finished && view.complete,
    env,
    connection,
    tabs: logTabs,
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

  // With polling disabled (`data-polling-enabled="false"`) the pollers start paused; the page still shows
  // the job and its log once.
  if (!settings.enabled) {
    job.refresh();
    log.refresh();
  }

  return {
    job,
    log,
    refresh() {
      if (stopped) return;
      job.refresh();
      log.refresh();
    },
    dispose() {
      subscription.unsubscribe();
      stopAll();
    },
  };
}
