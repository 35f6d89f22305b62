import { createPoller, type FetchOutcome, type PollerSnapshot } from '@vpo-live/poller';
import { VirtualTimeScheduler } from 'rxjs';

/** One measured scenario: what the fetcher answers on every poll. */
export interface CycleScenario {
  name: string;
  outcome: () => FetchOutcome<unknown>;
  /** Whether the fetcher reads its AbortSignal, as `fetch()` does (the engine creates it lazily). */
  readsSignal?: boolean;
}

/** Microseconds per cycle for one batch of cycles. */
export interface BatchTiming {
  wallUs: number;
  /** Process CPU time (user + system): steadier than wall time on a shared host. */
  cpuUs: number;
}

export interface CycleResult {
  cycles: number;
  batches: BatchTiming[];
  /** Snapshots a subscriber received per cycle. */
  emissionsPerCycle: number;
}

/**
 * Runs `batches × batchSize` poll cycles of one poller on virtual time: each cycle fires the armed timer (no
 * real waiting), the fetcher answers at once, and the outcome lands and arms the next timer. What is measured
 * is the engine itself: machine, streams, scheduling and snapshot emission. Timing is kept per batch so a
 * busy host can be filtered out (best batch).
 */
export async function measureCycles(
  scenario: CycleScenario,
  batches: number,
  batchSize: number,
): Promise<CycleResult> {
  const scheduler = new VirtualTimeScheduler();
  let fetches = 0;
  const poller = createPoller<unknown>({
    fetch: (context) => {
      fetches += 1;
      if (scenario.readsSignal && context.signal.aborted) throw new Error('aborted');
      return Promise.resolve(scenario.outcome());
    },
    config: { interval: 5_000, enabled: true },
    env: { scheduler, document: null, window: null },
  });
  let emissions = 0;
  let last: PollerSnapshot<unknown> | undefined;
  const subscription = poller.snapshot$.subscribe((snapshot) => {
    emissions += 1;
    last = snapshot;
  });
  await settle(() => last?.isFetching === false);

  emissions = 0;
  const timings: BatchTiming[] = [];
  for (let batch = 0; batch < batches; batch += 1) {
    const target = fetches + batchSize;
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    while (fetches < target) {
      scheduler.flush();
      await settle(() => last?.isFetching === false);
    }
    const wallNs = Number(process.hrtime.bigint() - started);
    const used = process.cpuUsage(cpu);
    timings.push({ wallUs: wallNs / 1_000 / batchSize, cpuUs: (used.user + used.system) / batchSize });
  }

  subscription.unsubscribe();
  poller.dispose();
  return {
    cycles: batches * batchSize,
    batches: timings,
    emissionsPerCycle: emissions / (batches * batchSize),
  };
}

/**
 * The same loop without a poller: one virtual timer and one resolved promise per cycle (and, when asked, the
 * AbortController a signal-reading fetcher makes the engine create). Subtracting it leaves the engine's own
 * cost.
 */
export async function measureBaseline(
  batches: number,
  batchSize: number,
  withAbortController = false,
): Promise<BatchTiming[]> {
  const scheduler = new VirtualTimeScheduler();
  const timings: BatchTiming[] = [];
  const signals: AbortSignal[] = [];
  for (let batch = 0; batch < batches; batch += 1) {
    const cpu = process.cpuUsage();
    const started = process.hrtime.bigint();
    for (let i = 0; i < batchSize; i += 1) {
      if (withAbortController) {
        // Kept alive for a while, like the engine's, so the collector sees the same garbage.
        signals.push(new AbortController().signal);
        if (signals.length > 64) signals.length = 0;
      }
      let landed = false;
      scheduler.schedule(() => void Promise.resolve(i).then(() => (landed = true)), 5_000);
      scheduler.flush();
      await settle(() => landed);
    }
    const wallNs = Number(process.hrtime.bigint() - started);
    const used = process.cpuUsage(cpu);
    timings.push({ wallUs: wallNs / 1_000 / batchSize, cpuUs: (used.user + used.system) / batchSize });
  }
  return timings;
}

/** Yields to the microtask queue until `ready()` holds (a resolved fetch lands within a turn or two). */
async function settle(ready: () => boolean): Promise<void> {
  for (let turns = 0; !ready(); turns += 1) {
    if (turns > 100) throw new Error('The poller did not settle');
    await Promise.resolve();
  }
}
