import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatLogLine } from '@vpo-live/vpo-api';
import { escapeControls } from '../text/escapeControls.ts';

/**
 * Appends one stamped line to `<logsDir>/<id>.log` from outside the job's run (a runner re-queueing a job it
 * does not run). One `O_APPEND` write of a whole line, so it never splits another writer's line; its text is
 * one line whatever it holds (`escapeControls`, as `JobLogWriter.line`).
 */
export function appendLogLine(logsDir: string, jobId: string, text: string, now: number): void {
  mkdirSync(logsDir, { recursive: true });
  appendFileSync(join(logsDir, `${jobId}.log`), `${formatLogLine(now, escapeControls(text))}\n`);
}
