/** Summaries and the markdown report of the log tail benchmark. */
import type { MainThreadTasks } from './mainThreadTrace.ts';
import type { ProbeResult } from './pageProbes.ts';

export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Frame intervals over 1.5 × 16.7 ms: at least one 60 Hz frame was missed. */
  dropped: number;
  /** Long animation frames (≥ 50 ms) Chromium reported. */
  longFrames: number;
  /** For each batch that reached the DOM, the slower of the frame that applied it and the frame after. */
  batchFrames: number[];
}

/** One round of polls with the frame probe running. */
export interface PollRound {
  frames: FrameStats;
  seconds: number;
  /** Main-thread busy time per second of the round (CDP TaskDuration). */
  busyMsPerSecond: number;
}

export interface HeapUsage {
  usedSize: number;
  totalSize: number;
  backingStorageSize: number;
}

export interface BenchResult {
  date: string;
  chromium: string;
  node: string;
  initialLines: number;
  linesPerPoll: number;
  polls: number;
  intervalMs: number;
  loadSeconds: number;
  loadRequests: number;
  heap: HeapUsage;
  /** `performance.memory.usedJSHeapSize` in the page after loading (precise memory info on). */
  pageHeap: number;
  heapAfter: HeapUsage;
  idle: FrameStats;
  /** Main-thread busy time per second while the log did not grow. */
  baselineBusyMsPerSecond: number;
  rounds: PollRound[];
  tasks: MainThreadTasks;
  tracedPolls: number;
  scroll: FrameStats;
  model: { length: number; mismatches: number; firstMismatch: unknown; renderedRows: number };
  expected: number;
  /** 1, 5 and 15 minute load averages of the machine when the run ended. */
  loadAverage: number[];
  pageErrors: string[];
}

const FRAME_BUDGET = 1000 / 60;
/** A 60 Hz frame interval, with the jitter of the timer that measures it. */
const ONE_FRAME = FRAME_BUDGET + 1;

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Percentiles of the intervals between animation frames, and the frame that showed each batch. */
export function frameStats(probe: ProbeResult): FrameStats {
  const sorted = probe.frames.map(([, interval]) => interval).sort((a, b) => a - b);
  // A batch is drawn in a frame's animation callbacks (at `at`, inside frame F). The interval ending at F
  // covers the task that received and applied the page; the one ending at F + 1 covers F's style, layout and
  // paint. The slower of the two is the batch's frame.
  const batchFrames = probe.updates.map((at) => {
    const next = probe.frames.findIndex(([time]) => time > at);
    if (next < 0) return Number.POSITIVE_INFINITY;
    return Math.max(probe.frames[next]?.[1] ?? 0, probe.frames[next - 1]?.[1] ?? 0);
  });
  return {
    frames: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? 0,
    dropped: sorted.filter((d) => d > FRAME_BUDGET * 1.5).length,
    longFrames: probe.longFrames.length,
    batchFrames,
  };
}

const worstBatch = (round: PollRound) => Math.max(0, ...round.frames.batchFrames);

/** The round whose worst batch frame is the median of all rounds'. */
export function medianRound(rounds: readonly PollRound[]): PollRound | undefined {
  return [...rounds].sort((a, b) => worstBatch(a) - worstBatch(b))[Math.floor((rounds.length - 1) / 2)];
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;
const n = (value: number) => value.toLocaleString('en-US');
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');

function frameRow(name: string, s: FrameStats): string {
  return `| ${name} | ${s.frames} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} | ${s.dropped} | ${s.longFrames} |`;
}

/** The committed markdown report. */
export function formatReport(r: BenchResult): string {
  const total = r.heap.usedSize + r.heap.backingStorageSize;
  const heapOk = r.heap.usedSize < 100 * 2 ** 20 && total < 100 * 2 ** 20;
  const median = medianRound(r.rounds);
  const medianWorst = median ? worstBatch(median) : Number.POSITIVE_INFINITY;
  const framesOk = medianWorst <= ONE_FRAME && r.tasks.count > 0 && r.tasks.p99 <= FRAME_BUDGET;
  const exact = r.model.mismatches === 0 && r.model.length === r.expected;
  const roundRows = r.rounds
    .map((round, i) =>
      frameRow(
        `round ${i + 1}: ${r.polls} polls × ${n(r.linesPerPoll)} lines (${round.seconds.toFixed(1)} s)`,
        round.frames,
      ),
    )
    .join('\n');
  const batchLines = r.rounds
    .map(
      (round, i) =>
        `- round ${i + 1}: ${round.frames.batchFrames.map((v) => v.toFixed(1)).join(', ')} ` +
        `(${round.frames.batchFrames.length} batches; main thread busy ${ms(round.busyMsPerSecond)} per second)`,
    )
    .join('\n');
  return `# Log tail benchmark

Command: \`cd bench && npm run bench:log-tail\` (builds \`apps/job-detail\`'s plain ES-module build first if
\`dist/mount.js\` is missing). Run ${r.date} on Node ${r.node}, Chromium ${r.chromium} (headless, software
rendering), 2 cores shared with other work — load average ${r.loadAverage.map((l) => l.toFixed(1)).join(' / ')}
at the end of the run, so frame times vary between runs; the polling phase is therefore measured in
${r.rounds.length} rounds and judged on the median one.

The built remote is mounted by a plain host page and polls a stand-in API (\`bench/log-tail/benchServer.ts\`) for
one running job. Its log starts with ${n(r.initialLines)} synthetic lines (~80 characters each); once they are all
on screen, each poll of the caught-up client finds ${n(r.linesPerPoll)} new lines (poll interval
${r.intervalMs / 1000} s). Follow is on, so every batch also scrolls the view to the new last line.

## Targets

| target | result | |
|---|---|---|
| JS heap after loading the log < 100 MB | ${mib(r.heap.usedSize)} JS heap; ${mib(total)} with the packed text's ArrayBuffers | ${verdict(heapOk)} |
| frames ≤ 16 ms while 1,000 lines arrive per poll | median round: slowest frame showing a batch ${ms(medianWorst)} (one 60 Hz frame = 16.7 ms); main-thread tasks p99 ${ms(r.tasks.p99)}, longest ${ms(r.tasks.longest)} | ${verdict(framesOk)} |
| 0 lost or duplicated lines | ${n(r.model.mismatches)} lines differ; ${n(r.model.length)} shown of ${n(r.expected)} | ${verdict(exact)} |

## Memory (after a forced GC)

| | after loading | after the polls and the scroll sweep |
|---|---|---|
| JS heap used (CDP \`Runtime.getHeapUsage\`) | ${mib(r.heap.usedSize)} | ${mib(r.heapAfter.usedSize)} |
| JS heap allocated | ${mib(r.heap.totalSize)} | ${mib(r.heapAfter.totalSize)} |
| ArrayBuffer backing stores (the packed log text and its index) | ${mib(r.heap.backingStorageSize)} | ${mib(r.heapAfter.backingStorageSize)} |
| JS heap + backing stores | ${mib(total)} | ${mib(r.heapAfter.usedSize + r.heapAfter.backingStorageSize)} |
| \`performance.memory.usedJSHeapSize\` in the page | ${mib(r.pageHeap)} | |

The lines are stored as UTF-8 bytes in 1 MiB chunks (\`apps/job-detail/src/log/logLines.ts\`), which V8 counts as
ArrayBuffer backing store rather than JS heap; the total is listed so nothing hides there.

## Frames

Intervals between animation frames (\`requestAnimationFrame\`), in ms. "Dropped" = intervals over 25 ms (a 60 Hz
frame missed); "long" = Chromium's long-animation-frame entries (≥ 50 ms), whatever caused them — the baseline
row (nothing changing) shows what the shared machine alone costs.

| phase | frames | p50 | p95 | p99 | max | dropped | long |
|---|---|---|---|---|---|---|---|
${frameRow('baseline: polling, log not growing', r.idle)}
${roundRows}
${frameRow('scroll sweep, top to bottom in 240 frames', r.scroll)}

The frames around each batch (the slower of the frame interval in which the page was received and applied, and
the one in which it was laid out and painted), in ms:

${batchLines}

Main thread busy while the log did not grow: ${ms(r.baselineBusyMsPerSecond)} per second (CDP \`TaskDuration\`).

A batch of 1,000 lines takes two requests: each request re-reads the last line already shown (the continuity
check), so the first returns 999 new lines and the second the last one; when both land between two frames they
are drawn once.

Main-thread tasks during ${r.tracedPolls} further polls, traced apart from the frame measurement (a Chromium trace of
the categories the DevTools Performance panel records; tracing itself lengthens tasks a little):
${r.tasks.count} tasks, p99 ${ms(r.tasks.p99)}, longest ${ms(r.tasks.longest)},
${r.tasks.overFrame} longer than a 60 Hz frame.

## Load

${n(r.initialLines)} lines in ${r.loadSeconds.toFixed(1)} s over ${n(r.loadRequests)} requests of up to 1,000 lines
(page after page while \`has_more\`; pages landing between two frames are drawn once, at the frame). Rendered rows
in the DOM at the end: ${r.model.renderedRows}.
${r.pageErrors.length > 0 ? `\nPage errors: ${r.pageErrors.join('; ')}\n` : ''}`;
}
