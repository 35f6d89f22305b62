import type { ClaimedJob } from '../db/jobClaims.ts';

/**
 * The runs of every runner in this process. A job recorded with this process's own pid is alive only if it
 * is here: otherwise an earlier process with the same pid (a restarted container's pid 1) left it behind.
 */
const runs = new Set<string>();
const keyOf = (id: string, claimToken: string) => `${id}\n${claimToken}`;

export const runsInProcess = {
  add: (job: ClaimedJob) => void runs.add(keyOf(job.id, job.claimToken)),
  delete: (job: ClaimedJob) => void runs.delete(keyOf(job.id, job.claimToken)),
  has: (id: string, claimToken: string) => runs.has(keyOf(id, claimToken)),
};
