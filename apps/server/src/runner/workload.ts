import type { JobContext } from './jobContext.ts';

/** What a finished workload leaves on the job row. */
export interface WorkloadResult {
  /** Stored as `summary_json` (the API's `summary_raw`). */
  readonly summary: Readonly<Record<string, unknown>> | null;
  readonly outputPath?: string | null;
}

/** The work of one job type. Throw to fail the job (the message becomes `error_message`). */
export type Workload = (ctx: JobContext) => Promise<WorkloadResult>;

/** A failure that still has a (partial) summary to record, as VPO's process jobs do. */
export class WorkloadFailed extends Error {
  override readonly name = 'WorkloadFailed';
  constructor(
    message: string,
    readonly summary: Readonly<Record<string, unknown>> | null = null,
  ) {
    super(message);
  }
}
