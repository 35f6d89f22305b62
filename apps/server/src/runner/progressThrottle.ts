/** A progress reading: percent 0–100 and, for file-based jobs, processed of total files. */
export interface Progress {
  readonly percent: number;
  readonly processed: number | null;
  readonly total: number | null;
}

/**
 * Decides when progress is worth a database write: at most once per `intervalMs`, only when something
 * changed, and at once when the total changes (the page learns the job's size immediately). Readings are
 * made monotonic, so a page never sees progress go backwards within one run.
 *
 * @example
 * const throttle = new ProgressThrottle(250);
 * throttle.offer({ percent: 10, processed: 1, total: 10 }, 0);   // → the reading: write it
 * throttle.offer({ percent: 20, processed: 2, total: 10 }, 100); // → null: too soon, kept as pending
 * throttle.due(250);                                            // → the pending reading
 */
export class ProgressThrottle {
  private written: Progress | undefined;
  private writtenBefore: Progress | undefined;
  private pending: Progress | undefined;
  private lastWriteAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly intervalMs: number) {}

  /** Records a reading; returns what to write now, or `null` to wait. */
  offer(reading: Progress, now: number): Progress | null {
    const base = this.pending ?? this.written;
    const next: Progress = {
      percent: Math.max(base?.percent ?? 0, reading.percent),
      processed:
        reading.processed === null
          ? (base?.processed ?? null)
          : Math.max(base?.processed ?? 0, reading.processed),
      total: reading.total ?? base?.total ?? null,
    };
    if (this.written && same(next, this.written)) {
      this.pending = undefined;
      return null;
    }
    this.pending = next;
    const totalChanged = next.total !== (this.written?.total ?? null);
    return totalChanged ? this.take(now) : this.due(now);
  }

  /** The pending reading if the interval has passed since the last write, else `null`. */
  due(now: number): Progress | null {
    if (!this.pending || now - this.lastWriteAt < this.intervalMs) return null;
    return this.take(now);
  }

  /** The pending reading regardless of time (a job's last word before finishing). */
  drain(now: number): Progress | null {
    return this.pending ? this.take(now) : null;
  }

  /**
   * The write of `reading` (the last one handed out) did not happen: it becomes pending again — unless a
   * newer reading already is, which supersedes it — and is due at the next check.
   */
  rollback(reading: Progress): void {
    this.written = this.writtenBefore;
    this.pending ??= reading;
    this.lastWriteAt = Number.NEGATIVE_INFINITY;
  }

  /** The latest reading, written or not. */
  get current(): Progress | undefined {
    return this.pending ?? this.written;
  }

  private take(now: number): Progress | null {
    const reading = this.pending ?? null;
    if (reading) {
      this.writtenBefore = this.written;
      this.written = reading;
      this.pending = undefined;
      this.lastWriteAt = now;
    }
    return reading;
  }
}

const same = (a: Progress, b: Progress): boolean =>
  a.percent === b.percent && a.processed === b.processed && a.total === b.total;
