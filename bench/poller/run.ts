/**
 * Poller engine benchmark: overhead per poll cycle and heap growth over 100,000 cycles.
 * Run with `cd bench && npm run bench:poller` (node --expose-gc --import tsx poller/run.ts).
 * Writes bench/results/poller.md; exits non-zero when a target is missed.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { measureBaseline, measureCycles, type BatchTiming, type CycleScenario } from './measureCycles.ts';

const BATCHES = 40;
const BATCH_SIZE = 2_500;
const CYCLES = BATCHES * BATCH_SIZE;
const WARMUP = 5_000;
const TARGET_US = 50;
const TARGET_HEAP_BYTES = 1024 * 1024;

const data = {
  jobs: Array.from({ length: 50 }, (_, i) => ({ id: `job-${i}`, status: 'running' })),
  total: 50,
};
const scenarios: CycleScenario[] = [
  {
    name: '200 OK, new data object each poll',
    outcome: () => ({ kind: 'ok', data: { ...data }, etag: '"v"' }),
  },
  { name: '304 Not Modified', outcome: () => ({ kind: 'not-modified' }) },
  {
    name: '304, fetcher reads its AbortSignal',
    outcome: () => ({ kind: 'not-modified' }),
    readsSignal: true,
  },
  {
    name: 'failure, backing off',
    outcome: () => ({ kind: 'failure', error: { kind: 'network', message: 'down' } }),
  },
];

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('Run with node --expose-gc (npm run bench:poller does).');

function heapAfterGc(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

const best = (timings: BatchTiming[], key: keyof BatchTiming): number =>
  Math.min(...timings.map((t) => t[key]));
const median = (timings: BatchTiming[], key: keyof BatchTiming): number => {
  const sorted = timings.map((t) => t[key]).sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
const us = (value: number): string => value.toFixed(1);

const load = loadavg()[0]!;
const baseCpu = best(await measureBaseline(BATCHES, BATCH_SIZE), 'cpuUs');
const baseWithSignalCpu = best(await measureBaseline(BATCHES, BATCH_SIZE, true), 'cpuUs');
const rows: string[] = [];
let failed = false;
for (const scenario of scenarios) {
  await measureCycles(scenario, 1, WARMUP);
  const before = heapAfterGc();
  const result = await measureCycles(scenario, BATCHES, BATCH_SIZE);
  const growth = heapAfterGc() - before;
  const engineCpu = best(result.batches, 'cpuUs') - (scenario.readsSignal ? baseWithSignalCpu : baseCpu);
  const ok = engineCpu < TARGET_US && growth < TARGET_HEAP_BYTES;
  failed ||= !ok;
  rows.push(
    `| ${scenario.name} | ${us(engineCpu)} | ${us(best(result.batches, 'cpuUs'))} / ${us(median(result.batches, 'cpuUs'))} | ` +
      `${us(best(result.batches, 'wallUs'))} / ${us(median(result.batches, 'wallUs'))} | ` +
      `${result.emissionsPerCycle.toFixed(2)} | ${(growth / 1024).toFixed(1)} | ${ok ? 'yes' : '**no**'} |`,
  );
  console.log(rows.at(-1));
}

const command = 'cd bench && npm run bench:poller   # node --expose-gc --import tsx poller/run.ts';
const report = `# Poller engine benchmark

Engine overhead per poll cycle and heap growth, measured by \`bench/poller/run.ts\`.

- Command: \`${command}\`
- Date: ${new Date().toISOString()}
- Node: ${process.version}
- CPU: ${cpus()[0]?.model ?? 'unknown'} (${cpus().length} cores); 1-minute load average at start: ${load.toFixed(2)}

## Method

One poller on virtual time (RxJS \`VirtualTimeScheduler\`, no real waiting), a fetcher that resolves at
once, and one subscriber on \`snapshot$\`. A cycle is: the armed timer fires, the request goes out, the
outcome lands, the next timer is armed (two snapshots). Per scenario: ${WARMUP.toLocaleString('en')} warm-up
cycles on a separate poller, then ${CYCLES.toLocaleString('en')} measured cycles in ${BATCHES} batches of
${BATCH_SIZE.toLocaleString('en')}.

- **Engine µs / cycle** = the best batch's CPU time per cycle minus the harness alone (a virtual timer plus
  a resolved promise per cycle: ${us(baseCpu)} µs CPU). The engine creates a request's \`AbortController\`
  only when the fetcher reads \`signal\` (as \`fetch()\` does); for that row the harness also creates one
  per cycle (${us(baseWithSignalCpu)} µs CPU), so Node's own AbortController cost is not counted as engine
  overhead. The CPU columns include everything.
- CPU time (process user + system) is reported next to wall time because the host is shared (see the load
  average above); the best batch is the least disturbed one, the median shows the spread.
- **Heap growth**: \`heapUsed\` after two forced GCs, before and after the ${CYCLES.toLocaleString('en')}
  measured cycles (negative: less than before).

Targets: engine overhead < ${TARGET_US} µs per cycle; heap growth < 1 MB over the run.

## Results

| scenario | engine µs / cycle | CPU µs / cycle (best / median) | wall µs / cycle (best / median) | snapshots / cycle | heap growth (KiB) | meets targets |
|---|---:|---:|---:|---:|---:|---|
${rows.join('\n')}
`;
const out = fileURLToPath(new URL('../results/poller.md', import.meta.url));
writeFileSync(out, report);
console.log(`\nWrote ${out}`);
if (failed) process.exitCode = 1;
