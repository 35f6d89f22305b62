import { queueSeconds, runSeconds, type JobDetail } from '@vpo-live/vpo-api';
import { progressText } from './formatJobTable.ts';
import { printable, shortTimestamp } from './printable.ts';

/**
 * `jobs show`: the API's job detail as aligned `name  value` lines, empty fields left out. Values come from
 * the contract's serializer (`toJobDetail`) and the pages' time rules (queue wait, run time), so the
 * terminal and the detail page never disagree.
 *
 * @example formatJobDetail(toJobDetail(toJobSeed(row), hasLogs))
 */
export function formatJobDetail(job: JobDetail, now: number = Date.now()): string {
  const seconds = (value: number | null) => (value === null ? null : `${value} s`);
  const fields: [string, string | null][] = [
    ['id', job.id],
    ['type', job.job_type],
    ['status', job.status],
    ['progress', job.status === 'queued' ? null : progressText(job)],
    ['file', job.file_path],
    ['policy', job.policy_name],
    ['priority', String(job.priority)],
    ['created', `${shortTimestamp(job.created_at)} UTC`],
    ['started', job.started_at ? `${shortTimestamp(job.started_at)} UTC` : null],
    ['completed', job.completed_at ? `${shortTimestamp(job.completed_at)} UTC` : null],
    // The pages' two spans, then VPO's `duration_seconds` (created → completed) under the name the
    // dashboard's column gives it.
    ['queue wait', seconds(queueSeconds(job, now))],
    ['run time', seconds(runSeconds(job, now))],
    ['total', seconds(job.duration_seconds)],
    ['error', job.error_message],
    ['output', job.output_path],
    ['summary', job.summary],
    ['log', job.has_logs ? `vpo-live jobs logs ${job.id_short}` : null],
  ];
  const shown = fields.filter((field): field is [string, string] => field[1] !== null && field[1] !== '');
  // Aligned over every field name, so the value column stays put whichever fields a job has.
  const width = Math.max(...fields.map(([name]) => name.length));
  return shown.map(([name, value]) => `${name.padEnd(width)}  ${printable(value)}`).join('\n');
}
