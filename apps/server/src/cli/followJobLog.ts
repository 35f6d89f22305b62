import { setTimeout as sleep } from 'node:timers/promises';
import { isTerminalStatus, JOB_LOG_LIMITS, parseLogLine } from '@vpo-live/vpo-api';
import type { JobReader } from '../db/jobReader.ts';
import { LogIndexCache } from '../logs/logIndexCache.ts';
import { readLog } from '../logs/readLog.ts';
import { failure } from './cliError.ts';

/** What {@link followJobLog} reads and where it writes. */
export interface FollowLogOptions {
  readonly reader: JobReader;
  readonly jobId: string;
  readonly logPath: string;
  /** Receives each complete line once, in order. */
  readonly write: (line: string) => void;
  /** Keep reading until the job has ended; otherwise print what is there and return. */
  readonly follow: boolean;
  /** Between two reads while following (default 500 ms). */
  readonly pollMs?: number;
  /**
   * Quiet reads after the job ended without its `JOB END` footer before giving up on one (default 4). A
   * cancelled job's runner writes the footer at its next tick, after the status changed; a job whose worker
   * died never gets one.
   */
  readonly settlePolls?: number;
  /** Waits between reads (tests step through the rounds with it). */
  readonly sleep?: (ms: number) => Promise<unknown>;
}

/**
 * Prints a job's log through the server's own reader (`readLog`: complete lines only, by offset), so each
 * line is printed exactly once even while the runner appends. With `follow`, it polls until the job has
 * ended and its log is complete — its `JOB END` footer and then a round with nothing new — like the detail
 * page's log tail. The job's status is read before the log each round: a runner finishes the log before it
 * records the end, so the read after a final status sees the footer.
 */
export async function followJobLog(options: FollowLogOptions): Promise<void> {
  const { reader, jobId, logPath, write } = options;
  const cache = new LogIndexCache(1);
  let offset = 0;
  /** A `JOB END` footer after the last `JOB START` header (a retried job's log holds several runs). */
  let footerSeen = false;
  const drain = async () => {
    for (;;) {
      const page = await readLog(cache, logPath, { offset, lines: JOB_LOG_LIMITS.maxLines });
      for (const line of page.lines) {
        write(line);
        const text = parseLogLine(line)?.text ?? '';
        if (text.startsWith('JOB START:')) footerSeen = false;
        else if (text.startsWith('JOB END:')) footerSeen = true;
      }
      offset += page.lines.length;
      if (!page.has_more) return;
    }
  };
  if (!options.follow) return drain();

  let quietAfterEnd = 0;
  for (;;) {
    const job = reader.getJob(jobId);
    if (job === undefined) {
      await drain().catch(() => undefined);
      throw failure(`Job ${jobId.slice(0, 8)} was deleted`);
    }
    const before = offset;
    await drain();
    if (isTerminalStatus(job.status)) {
      const neverRan = job.started_at === null && offset === 0;
      quietAfterEnd = offset === before ? quietAfterEnd + 1 : 0;
      // After the footer, one quiet round: the footer's last lines may come in the writer's next batch.
      if (neverRan || (footerSeen && quietAfterEnd > 0) || quietAfterEnd > (options.settlePolls ?? 4)) return;
    }
    await (options.sleep ?? sleep)(options.pollMs ?? 500);
  }
}
