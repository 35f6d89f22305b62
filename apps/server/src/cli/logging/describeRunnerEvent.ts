import type { RunnerEvent } from '../../runner/jobRunner.ts';
import { printable } from '../format/printable.ts';

/** A runner event as one log call: its level, a readable message and the structured fields. */
export interface RunnerLogEntry {
  readonly level: 'info' | 'warn' | 'error';
  readonly message: string;
  readonly fields: Record<string, unknown>;
}

type Finished = Extract<RunnerEvent, { type: 'finished' }>;

/** How a run ended, in words, and whether it deserves a warning (a failure, or a run the runner lost). */
const ENDS: Record<Finished['end'], { words: string; warn: boolean }> = {
  completed: { words: 'job completed', warn: false },
  failed: { words: 'job failed', warn: true },
  cancelled: { words: 'job cancelled', warn: false },
  gone: { words: 'job deleted while running', warn: false },
  lost: { words: 'job lost to another worker or a re-queue', warn: true },
  requeued: { words: 'job returned to the queue', warn: false },
};

/** Why jobs went back to the queue, in words; an unknown reason is shown as is. */
const RECOVERY_REASONS: Record<string, string> = {
  stale: 'their heartbeat went stale',
  'worker-gone': 'their worker process is gone',
};

/**
 * What `serve` logs for each runner event. One case per event type: a new type fails to compile until it
 * has its line here; a new field of an event reaches the log without a change (`recovered` passes all its
 * fields through). Job events are info, failures and recoveries warnings, so they stay visible at the
 * default level.
 *
 * @example
 * const { level, message, fields } = describeRunnerEvent(event);
 * log[level](fields, message);
 */
export function describeRunnerEvent(event: RunnerEvent): RunnerLogEntry {
  switch (event.type) {
    case 'claimed': {
      const { id, jobType, filePath } = event.job;
      return {
        level: 'info',
        message: `job started: ${jobType} ${id.slice(0, 8)} ${printable(filePath)}`,
        fields: { jobId: id, jobType },
      };
    }
    case 'finished': {
      const { id, jobType } = event.job;
      const end = ENDS[event.end] ?? { words: `job ended (${event.end})`, warn: true };
      return {
        level: end.warn ? 'warn' : 'info',
        message: `${end.words}: ${jobType} ${id.slice(0, 8)}`,
        fields: { jobId: id, jobType, end: event.end },
      };
    }
    case 'recovered': {
      const { type: _type, ...fields } = event;
      const why = RECOVERY_REASONS[event.reason] ?? event.reason;
      const jobs = event.count === 1 ? '1 job' : `${event.count} jobs`;
      return { level: 'warn', message: `re-queued ${jobs}: ${why}`, fields };
    }
    case 'error':
      return { level: 'error', message: 'runner error', fields: { err: event.error } };
    default: {
      const unknown: never = event;
      return { level: 'warn', message: 'runner event', fields: { event: unknown } };
    }
  }
}
