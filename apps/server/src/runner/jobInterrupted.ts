/** Why a running job stopped before finishing. */
export type InterruptReason =
  /** Someone set its status to cancelled (the CLI). */
  | 'cancelled'
  /** Its row was deleted. */
  | 'gone'
  /** It was re-queued (stale heartbeat) or claimed by another runner. */
  | 'lost'
  /** This runner is shutting down; the job goes back to the queue. */
  | 'shutdown';

/** Thrown inside a workload when the job must stop; the runner turns it into the right final write. */
export class JobInterrupted extends Error {
  override readonly name = 'JobInterrupted';
  constructor(readonly reason: InterruptReason) {
    super(`job interrupted: ${reason}`);
  }
}
