import { closeSync, mkdirSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { formatLogLine } from '@vpo-live/vpo-api';
import { escapeControls } from '../text/escapeControls.ts';

/** How a run ended, as its log footer says it. */
export type JobLogEnd = 'success' | 'failed' | 'cancelled';

/** Options of {@link JobLogWriter}. */
export interface JobLogWriterOptions {
  /** Lines buffered before a write (VPO's `buffer_size`). Default 100. */
  readonly batchLines?: number;
  /**
   * Longest time a line may wait in the buffer, in ms. VPO has no such timer, so a quiet job's tail can
   * lag by up to 99 lines; ours bounds the lag so a live page sees every line within about a second.
   * Default 1000; 0 disables the timer (VPO's exact behaviour).
   */
  readonly flushIntervalMs?: number;
  /** Epoch milliseconds (fractions add microseconds) for each line's stamp. Default `Date.now`. */
  readonly now?: () => number;
}

/**
 * Appends a job's log in VPO's format (`[YYYY-MM-DDTHH:MM:SS.ffffffZ] text`), buffering lines and writing
 * them in batches the way VPO's `JobLogWriter` does. Every write appends whole lines, so a reader never
 * sees half a line and a re-run of the same job continues the same file.
 *
 * @example
 * const log = new JobLogWriter('/data/logs/6f1c….log');
 * log.header('scan', '/media/tv');
 * log.line('Scanned: /media/tv/a.mkv');
 * log.footer('success', 1.5);
 * log.close();
 */
export class JobLogWriter {
  readonly path: string;
  private readonly batchLines: number;
  private readonly now: () => number;
  private buffer: string[] = [];
  private fd: number | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private closed = false;

  constructor(path: string, options: JobLogWriterOptions = {}) {
    this.path = path;
    this.batchLines = Math.max(1, Math.trunc(options.batchLines ?? 100));
    this.now = options.now ?? Date.now;
    mkdirSync(dirname(path), { recursive: true });
    this.fd = openSync(path, 'a');
    const interval = options.flushIntervalMs ?? 1000;
    if (interval > 0) {
      this.timer = setInterval(() => this.flush(), interval);
      // A pending flush must never keep a finished CLI process alive.
      this.timer.unref?.();
    }
  }

  /** Lines accepted but not yet on disk. */
  get pendingLines(): number {
    return this.buffer.length;
  }

  /**
   * Adds one line. Its text is written as one line whatever it holds: a line break or an escape sequence in a
   * file name or an error message is written as an escape (`escapeControls`), so it cannot forge a line of its
   * own — a fake `ERROR:` or `JOB END` — or colour the page's log.
   */
  line(text: string): void {
    if (this.closed) return;
    this.buffer.push(formatLogLine(this.now(), escapeControls(text)));
    if (this.buffer.length >= this.batchLines) this.flush();
  }

  /** VPO's `write_header`: a rule, `JOB START`, type, file, extra `key: value` lines, a rule. */
  header(jobId: string, jobType: string, filePath: string, metadata: Record<string, string> = {}): void {
    this.line(RULE);
    this.line(`JOB START: ${jobId}`);
    this.line(`Type: ${jobType}`);
    this.line(`File: ${filePath}`);
    for (const [key, value] of Object.entries(metadata)) this.line(`${key}: ${value}`);
    this.line(RULE);
  }

  /**
   * VPO's `write_footer`: `JOB END: SUCCESS|FAILED` and the duration. A cancelled run says `CANCELLED`
   * (VPO writes no footer for it), so the log's last word matches the job's status.
   */
  footer(end: JobLogEnd, durationSeconds?: number): void {
    this.line(RULE);
    this.line(`JOB END: ${end.toUpperCase()}`);
    if (durationSeconds !== undefined) this.line(`Duration: ${durationSeconds.toFixed(2)}s`);
    this.line(RULE);
  }

  /** VPO's `write_error`. */
  error(message: string, cause?: unknown): void {
    this.line(`ERROR: ${message}`);
    if (cause instanceof Error) this.line(`Exception: ${cause.name}: ${cause.message}`);
  }

  /** Writes the buffered lines now. */
  flush(): void {
    if (this.fd === undefined || this.buffer.length === 0) return;
    const chunk = `${this.buffer.join('\n')}\n`;
    this.buffer = [];
    writeSync(this.fd, chunk);
  }

  /** Flushes and closes; later lines are ignored. */
  close(): void {
    if (this.closed) return;
    this.flush();
    this.release();
  }

  /** Closes without writing the buffer and removes the file: for a job deleted while it ran. */
  discard(): void {
    this.buffer = [];
    this.release();
    try {
      unlinkSync(this.path);
    } catch {
      // Already removed by whoever deleted the job.
    }
  }

  private release(): void {
    this.closed = true;
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

const RULE = '='.repeat(60);
