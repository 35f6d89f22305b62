import {
  createPoller,
  type FetchOutcome,
  type Poller,
  type PollerEnv,
  type ServerConnection,
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
  let finished = false;

  const job = createPoller<JobDetail>({
    fetch: (context) => api.getJob(jobId, context),
    config: { interval: settings.interval, enabled: settings.enabled },
    isTerminal: (data) => isTerminalStatus(data.status),
    env,
    connection,
    inspect: options.inspect,
    name: `job:${jobId}`,
  });
  const tail = createLogTail({ fetchPage: (request, context) => api.getJobLogs(jobId, request, context) });
  const log = createPoller<LogView>({
    fetch: tail.fetch,
    config: { interval: Math.max(settings.interval, settings.logInterval), enabled: settings.enabled },
    // The log has no status of its own: it is finished once the job is and its last page has been read.
    isTerminal: (view) => finished && view.complete,
    env,
    connection,
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
