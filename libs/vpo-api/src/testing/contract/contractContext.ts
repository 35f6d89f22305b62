import { it } from 'vitest';
import type { ContractGet } from './contractHttp.ts';
import type { ContractTarget } from './contractTypes.ts';

/** What every group of checks gets: the live target, a GET helper and the fail-fast `check`. */
export interface ContractContext {
  target(): ContractTarget;
  get: ContractGet;
  /** Registers one check (a vitest `it`); with fail-fast on, later checks skip after a failure. */
  check(name: string, fn: () => Promise<void>): void;
}

/** Shared across all groups of one suite so fail-fast spans them. */
export interface FailFastState {
  enabled: boolean;
  failedAt: string | null;
}

export function registerCheck(state: FailFastState) {
  return (name: string, fn: () => Promise<void>) => {
    it(name, async (context) => {
      if (state.enabled && state.failedAt !== null) {
        context.skip(`skipped after the first divergence: ${state.failedAt}`);
      }
      try {
        await fn();
      } catch (error) {
        state.failedAt ??= name;
        throw error;
      }
    });
  };
}

/** A fixed, valid uuid4 per number, distinct from any fixture's: `c0ffee00-0000-4000-8000-00000000000n`. */
export const contractId = (n: number): string =>
  `c0ffee00-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/** A timestamp in the form VPO stores (`2026-02-01T10:00:00.123000+00:00`). */
export const pyTimestamp = (ms: number): string =>
  new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000+00:00');

/** The ids of a list response, in order. */
export const idsOf = (body: { jobs: { id: string }[] }): string[] => body.jobs.map((job) => job.id);
