import { describe, expect, it } from 'vitest';
import { DEFAULT_SCAN_POLICY, parseScanPolicy, scanPolicyJson } from './scanPolicy.ts';

describe('scan policy', () => {
  it('round-trips through policy_json with VPO’s key names', () => {
    const json = scanPolicyJson({ paceMs: 120, prune: true });
    expect(JSON.parse(json)).toEqual({ incremental: true, prune: true, verify_hash: false, pace_ms: 120 });
    expect(parseScanPolicy(json)).toEqual({ incremental: true, prune: true, verifyHash: false, paceMs: 120 });
  });

  it.each([
    null,
    '',
    'not json',
    '[]',
    '42',
    '{"pace_ms": -1}',
    '{"pace_ms": 1.5}',
    '{"pace_ms": 1e9}',
    '{"prune": "yes"}',
  ])('falls back to defaults for %j', (json) => {
    const policy = parseScanPolicy(json);
    expect(policy.paceMs).toBe(DEFAULT_SCAN_POLICY.paceMs);
    expect(policy.prune).toBe(DEFAULT_SCAN_POLICY.prune);
  });
});
