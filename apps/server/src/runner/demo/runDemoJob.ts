import type { JobContext } from '../jobContext.ts';
import { type Workload, WorkloadFailed } from '../workload.ts';
import { planDemoJob } from './demoPlans.ts';

/** Settings of the simulated job types. */
export interface DemoSettings {
  /** Share of demo runs that fail, 0–1 (a job's `policy_json` `demo.fail` overrides it). */
  readonly failureRate: number;
  /** Duration multiplier: 2 runs twice as fast. */
  readonly speed: number;
}

/** Per-job overrides read from `policy_json`: `{"demo": {"duration_ms": 3000, "fail": true}}`. */
export interface DemoOverrides {
  readonly durationMs?: number;
  readonly fail?: boolean;
}

/** Largest `duration_ms` honoured (an hour). */
const MAX_DURATION_MS = 3_600_000;

/** Reads the overrides; malformed values are ignored. */
export function parseDemoOverrides(policyJson: string | null): DemoOverrides {
  try {
    const demo = (JSON.parse(policyJson ?? '{}') as { demo?: Record<string, unknown> } | null)?.demo;
    if (typeof demo !== 'object' || demo === null) return {};
    const duration = demo.duration_ms;
    return {
      ...(typeof duration === 'number' && duration >= 0 && duration <= MAX_DURATION_MS
        ? { durationMs: duration }
        : {}),
      ...(typeof demo.fail === 'boolean' ? { fail: demo.fail } : {}),
    };
  } catch {
    return {};
  }
}

/**
 * A simulated workload (everything but scan): it sleeps through its plan's steps, logs what a real run
 * would print — every line marked `[demo]` — reports progress, and finishes with the type's summary or
 * fails with a realistic message.
 */
export function demoWorkload(settings: DemoSettings): Workload {
  return (ctx) => runDemoJob(ctx, settings);
}

async function runDemoJob(ctx: JobContext, settings: DemoSettings) {
  const { job } = ctx;
  const overrides = parseDemoOverrides(job.policyJson);
  const fail = overrides.fail ?? ctx.random() < settings.failureRate;
  const plan = planDemoJob(job.jobType, job.filePath, job.policyName, ctx.random, fail);
  const duration = overrides.durationMs ?? plan.durationMs / Math.max(0.01, settings.speed);
  const weights = plan.steps.reduce((sum, step) => sum + step.weight, 0);
  ctx.log.line(`[demo] Simulated ${job.jobType} workload: no media is read or written`);
  let done = 0;
  for (const [index, step] of plan.steps.entries()) {
    if (plan.failure?.atStep === index) throw new WorkloadFailed(plan.failure.message, plan.failure.summary);
    await ctx.sleep((duration * step.weight) / weights);
    done += step.weight;
    for (const line of step.lines) ctx.log.line(line);
    if (plan.countsItems) ctx.progress({ processed: index + 1, total: plan.steps.length });
    else if (plan.reportsProgress) ctx.progress({ percent: (done / weights) * 100 });
    else ctx.checkpoint();
  }
  return { summary: plan.summary, outputPath: plan.outputPath };
}
