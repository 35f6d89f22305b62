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
  type JobErrorsResponse,
  type JobLogsResponse,
  type PollingSettings,
} from '@vpo-live/vpo-api';
import { createLogTail, type LogView } from '../log/createLogTail.ts';
import type { LogRequest } from '../log/logCursor.ts';
import { gatedFetcher } from './gatedFetcher.ts';

/** The reads the page needs (a subset of `@vpo-live/vpo-api`'s jobs client). */
export interface JobDetailApi {
  getJob(id: string, options: CallOptions): Promise<FetchOutcome<JobDetail>>;
  getJobLogs(id: string, request: LogRequest, options: CallOptions): Promise<FetchOutcome<JobLogsResponse>>;
  getJobErrors(id: string, options: CallOptions): Promise<FetchOutcome<JobErrorsResponse>>;
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
  /** The files a scan failed on; polled only for a scan job that has started (or reports errors). */
  readonly errors: Poller<JobErrorsResponse>;
  /** Fetch the job and the log now; from a finished job, checks once whether it was re-queued. */
  refresh(): void;
  /** Stops both pollers and every listener. */
  dispose(): void;
}

/**
 * Polls one job at the polling interval, tails its log at the log interval (a long log is read page after page
 * at once, by the engine), and reads a scan job's failed files (`/api/jobs/{id}/errors`) at the log interval
 * too. Neither the log nor the errors are read while the job is queued (it has written neither); they start
 * with the first answer that shows the job started. Their ends are tied together: once the job is finished
 * (completed, failed, cancelled) the log and the errors are read one last time and every poller stops — no
 * timer is left. If the job comes back (VPO's `retry` re-queues it), a refresh or the tab becoming visible
 * again notices (the engine checks a finished job once on either), and they resume once it runs. When the job
 * is gone (404), every poller is disposed. When access is refused (401) the pollers only stop: the page keeps
 * what it shows, and a refresh or the tab becoming visible again asks once more, so the page comes back by
 * itself once the server answers.
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
  // Nothing is read of the log (or the scan errors) before the job has started: a queued job has neither.
  const logReader = { open: false };
  const errorsReader = { open: false };
  const log = createPoller<LogView>({
    fetch: gatedFetcher(() => logReader.open, tail.fetch),
    config: { interval: logInterval, enabled: settings.enabled },
    // The log has no status of its own: it is finished once the job is and its last page has been read.
    isTerminal: (view) => finished && view.complete,
    env,
    connection,
    tabs: logTabs,
    inspect: options.inspect,
    name: `job-log:${jobId}`,
  });
  // Shared between tabs like the job: eight tabs on a running scan still read its errors once per interval.
  const errorsTabs = options.share?.(`job-errors:${jobId}`, logInterval);
  const getErrors: Fetcher<JobErrorsResponse> = (context) => api.getJobErrors(jobId, context);
  const errors = createPoller<JobErrorsResponse>({
    fetch: gatedFetcher(() => errorsReader.open, errorsTabs ? errorsTabs.wrap(getErrors) : getErrors),
    config: { interval: logInterval, enabled: settings.enabled },
    // Read once more after the job finished, then stop.
    isTerminal: () => finished,
    env,
    connection,
    tabs: errorsTabs,
    inspect: options.inspect,
    name: `job-errors:${jobId}`,
  });
  log.pause();
  errors.pause();

  /** Opens or closes a reader; true when it was just opened (its first read is on its way). */
  const setOpen = (reader: { open: boolean }, poller: Poller<unknown>, open: boolean): boolean => {
    if (reader.open === open) return false;
    reader.open = open;
    if (!open) {
      poller.pause();
      return false;
    }
    poller.resume();
    // With polling disabled the poller stays paused ('disabled'); the page still reads it once.
    if (!settings.enabled) poller.refresh();
    return true;
  };

  let stopped = false;
  const stopAll = () => {
    if (stopped) return;
    stopped = true;
    job.dispose();
    log.dispose();
    errors.dispose();
  };

  const subscription = job.snapshot$.subscribe((snapshot) => {
    let readAgain = false;
    if (snapshot.state === 'terminal') {
      if (snapshot.terminalReason === 'finished' && !finished) {
        // The final read of the remaining lines and errors; each poller stops after it (isTerminal above).
        finished = true;
        readAgain = true;
      } else if (snapshot.terminalReason === 'gone') {
        // Gone: nothing will change any more, so nothing keeps running — not even the check the engine makes
        // when the tab becomes visible again. A refusal (401) is left to the engine: signing in again ends it.
        queueMicrotask(stopAll);
        return;
      }
    } else if (finished && snapshot.data && !isTerminalStatus(snapshot.data.status)) {
      finished = false;
      readAgain = true;
    }
    const data = snapshot.data;
    if (!data || snapshot.isPlaceholder) return;
    const started = data.status !== 'queued';
    // Scan errors exist only for scan jobs; a job of another type that reports some is read too.
    const hasErrors = started && (data.job_type === 'scan' || data.has_scan_errors === true);
    const logOpened = setOpen(logReader, log as Poller<unknown>, started);
    const errorsOpened = setOpen(errorsReader, errors as Poller<unknown>, hasErrors);
    if (readAgain && logReader.open && !logOpened) log.refresh();
    if (readAgain && errorsReader.open && !errorsOpened) errors.refresh();
  });

  // With polling disabled (`data-polling-enabled="false"`) the pollers start paused; the page still shows
  // the job (and, once it is known to have started, its log) once.
  if (!settings.enabled) job.refresh();

  return {
    job,
    log,
    errors,
    refresh() {
      if (stopped) return;
      job.refresh();
      if (logReader.open) log.refresh();
      if (errorsReader.open) errors.refresh();
    },
    dispose() {
      subscription.unsubscribe();
      stopAll();
    },
  };
}
