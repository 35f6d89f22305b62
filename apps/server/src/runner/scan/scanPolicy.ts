/**
 * A scan job's settings, kept in `policy_json` as VPO's `create_scan_job` does (`incremental`, `prune`,
 * `verify_hash`), plus ours: `pace_ms`, a pause after each file so demos and tests can watch it move.
 */
export interface ScanPolicy {
  /** Skip files whose size and modification time are unchanged since the last scan. */
  readonly incremental: boolean;
  /** Drop library rows of files under the directory that no longer exist. */
  readonly prune: boolean;
  /** Hash every file even when unchanged. */
  readonly verifyHash: boolean;
  /** Milliseconds to pause after each file. */
  readonly paceMs: number;
}

export const DEFAULT_SCAN_POLICY: ScanPolicy = {
  incremental: true,
  prune: false,
  verifyHash: false,
  paceMs: 0,
};

/** Largest pace accepted (a minute per file). */
export const MAX_PACE_MS = 60_000;

/** Reads `policy_json`; anything missing, malformed or out of range takes the default. */
export function parseScanPolicy(policyJson: string | null): ScanPolicy {
  let raw: unknown;
  try {
    raw = policyJson ? JSON.parse(policyJson) : {};
  } catch {
    raw = {};
  }
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const flag = (key: string, fallback: boolean) =>
    typeof record[key] === 'boolean' ? record[key] : fallback;
  const pace = record.pace_ms;
  return {
    incremental: flag('incremental', DEFAULT_SCAN_POLICY.incremental),
    prune: flag('prune', DEFAULT_SCAN_POLICY.prune),
    verifyHash: flag('verify_hash', DEFAULT_SCAN_POLICY.verifyHash),
    paceMs:
      typeof pace === 'number' && Number.isInteger(pace) && pace >= 0 && pace <= MAX_PACE_MS
        ? pace
        : DEFAULT_SCAN_POLICY.paceMs,
  };
}

/** The `policy_json` of a new scan job. */
export function scanPolicyJson(policy: Partial<ScanPolicy> = {}): string {
  const full = { ...DEFAULT_SCAN_POLICY, ...policy };
  return JSON.stringify({
    incremental: full.incremental,
    prune: full.prune,
    verify_hash: full.verifyHash,
    pace_ms: full.paceMs,
  });
}
