import type { JobSeed } from '../../jobs/jobSeed.ts';
import type { ScanError } from '../../schemas.ts';

/** A server under test: where it listens, and the writes "another process" makes to its data. */
export interface ContractTarget {
  /** e.g. 'http://127.0.0.1:43121' — routes live under `${baseUrl}/api` and `${baseUrl}/api/v1` */
  baseUrl: string;
  /** Replace all data. Logs are raw lines (already formatted). */
  seed(data: {
    jobs: JobSeed[];
    logs?: Record<string, string[]>;
    scanErrors?: Record<string, ScanError[]>;
  }): Promise<void>;
  /** A write made by "another process" (for ETag tests). */
  updateJob(id: string, patch: Partial<JobSeed>): Promise<void>;
  deleteJob(id: string): Promise<void>;
  appendLog(id: string, lines: string[]): Promise<void>;
  /**
   * [ext] The headers a page of this browser session sends with a job action: its CSRF token in
   * `X-CSRF-Token` and whatever ties it to the session (a cookie). Needed by the actions group only.
   */
  actionHeaders?(): Promise<Record<string, string>>;
  close(): Promise<void>;
}

/** How the suite wants a target configured. Empty for the main groups; set only for the opt-in groups. */
export interface ContractTargetConfig {
  /** Require HTTP Basic auth with this token as password (VPO's `auth_token`). */
  authToken?: string;
  /**
   * Limit `/api/*` to `maxRequests` GETs per `windowMs` (VPO: 120 per 60 000 ms), with the window timed by
   * `now` (monotonic milliseconds, moved by the suite) so the checks can pin the exact `Retry-After`.
   */
  rateLimit?: { maxRequests: number; windowMs: number; now: () => number };
  /** [ext] Serve the job actions (cancel, retry, delete) with CSRF checks, and provide `actionHeaders`. */
  actions?: boolean;
}

/**
 * Starts a fresh, independent target (its own data and rate-limit counters). Called once per group of
 * tests, which closes it afterwards.
 */
export type CreateContractTarget = (config: ContractTargetConfig) => Promise<ContractTarget>;

export interface ContractSuiteOptions {
  /** Also check VPO's optional Basic auth, against a target created with this token. */
  auth?: { token: string };
  /** Also check VPO's rate limit, against a target created with these numbers (windowMs default 60 000). */
  rateLimit?: { maxRequests: number; windowMs?: number };
  /** Also check the [ext] job actions, against a target created with `{ actions: true }`. */
  actions?: boolean;
  /** Skip the remaining checks after the first failure (default true): one divergence at a time. */
  failFast?: boolean;
  /** The fetch used to call the target (default: globalThis.fetch at call time). */
  fetch?: typeof globalThis.fetch;
}
