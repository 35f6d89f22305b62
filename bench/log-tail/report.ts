/** Summaries and the markdown report of the log tail benchmark. */
import { existsSync, readFileSync } from 'node:fs';
import type { MainThreadTasks } from './mainThreadTrace.ts';
import type { ProbeResult, SearchProbe } from './pageProbes.ts';

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
  search: SearchResult;
}

export interface SearchResult {
  probes: SearchProbe[];
  common: string;
  rare: string;
  regex: string;
  /** After a forced GC, with the common term's matches held. */
  heap: HeapUsage;
  /** Rounds of polls with the common term searched. */
  rounds: PollRound[];
  /** "n of m" after those polls: m must be every line. */
  statusAfterPolls: string;
  /** JS heap + backing stores after loading, from the report this run replaces (before search existed). */
  previousTotalHeap: number | null;
}

/** The "after loading" JS heap + backing stores of an earlier report, in bytes; null without one. */
export function previousTotalHeap(path: string): number | null {
  if (!existsSync(path)) return null;
  const match = /\| JS heap \+ backing stores \| ([\d.]+) MiB/.exec(readFileSync(path, 'utf8'));
  return match ? Number(match[1]) * 2 ** 20 : null;
}

const medianOf = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)] ?? 0;

function searchSection(r: BenchResult): { targets: string; body: string } {
  const s = r.search;
  const of = (text: string) => s.probes.filter((p) => p.text === text);
  const loaded = r.heap.usedSize + r.heap.backingStorageSize;
  const searching = s.heap.usedSize + s.heap.backingStorageSize;
  const reference = s.previousTotalHeap ?? loaded;
  const ratio = searching / reference;
  const common = medianOf(of(s.common).map((p) => p.ms));
  const rare = medianOf(of(s.rare).map((p) => p.ms));
  const regex = medianOf(of(s.regex).map((p) => p.ms));
  // Like the rounds above, each term is judged on its median run: the machine is shared.
  const plainFrames = Math.max(
    medianOf(of(s.common).map((p) => p.longestFrame)),
    medianOf(of(s.rare).map((p) => p.longestFrame)),
  );
  const regexFrames = medianOf(of(s.regex).map((p) => p.longestFrame));
  const round = medianRound(s.rounds);
  const worst = round ? worstBatch(round) : Number.POSITIVE_INFINITY;
  const exact = s.statusAfterPolls.endsWith(` of ${n(r.expected)}`);
  const rows = s.probes
    .map((p) => `| \`${p.text}\` | ${ms(p.ms)} | ${p.status} | ${p.frames} | ${ms(p.longestFrame)} |`)
    .join('\n');
  const referenceName =
    s.previousTotalHeap === null ? 'this run, after loading' : 'the previous report, after loading';
  const targets = [
    `| search answers ≤ 150 ms on ${n(r.initialLines)} lines | median: common term ${ms(common)} (a match on every line), rare term ${ms(rare)}; a regular expression ${ms(regex)} (no target) | ${verdict(common <= 150 && rare <= 150)} |`,
    `| heap within 10% of the viewer's without search | ${mib(searching)} with a match on every line held, ${(ratio * 100).toFixed(1)}% of ${mib(reference)} (${referenceName}) | ${verdict(ratio <= 1.1)} |`,
    `| frames ≤ 16 ms while searching, 1,000 lines per poll | median round: slowest frame showing a batch ${ms(worst)}; longest frame while typing a plain-text search (median run) ${ms(plainFrames)}; a regular expression ${ms(regexFrames)} (no target) | ${verdict(worst <= ONE_FRAME && plainFrames <= ONE_FRAME)} |`,
    `| the search keeps up with every line | "${s.statusAfterPolls}" after ${s.rounds.length * r.polls} polls, for ${n(r.expected)} lines | ${verdict(exact)} |`,
  ].join('\n');
  const roundRows = s.rounds
    .map((searchRound, i) =>
      frameRow(
        `searching, round ${i + 1}: ${r.polls} polls × ${n(r.linesPerPoll)} lines (${searchRound.seconds.toFixed(1)} s)`,
        searchRound.frames,
      ),
    )
    .join('\n');
  const batchLines = s.rounds
    .map(
      (searchRound, i) =>
        `- round ${i + 1}: ${searchRound.frames.batchFrames.map((v) => v.toFixed(1)).join(', ')} ` +
        `(main thread busy ${ms(searchRound.busyMsPerSecond)} per second)`,
    )
    .join('\n');
  const body = `## Search

Typed into the page's search box once the log held ${n(r.initialLines)}+ lines (after the rounds above), each term
${of(s.common).length} times; the time runs from the input event to the status reading "n of m" (seen by a
MutationObserver, so without a frame's delay), and the frames are every animation frame meanwhile. The search runs
in tasks of at most 8 ms: plain text over the packed UTF-8 bytes (\`apps/job-detail/src/log/byteSearch.ts\`), a
regular expression over each 1 MiB chunk decoded once (a string per chunk, so it also leaves garbage to collect).

| term | time to answer | answer | frames | longest frame |
|---|---|---|---|---|
${rows}

Memory after a forced GC with \`${s.common}\` searched (a match on every line, held as line differences in a
byte code, \`logMatches.ts\`): JS heap ${mib(s.heap.usedSize)}, backing stores ${mib(s.heap.backingStorageSize)},
total ${mib(searching)} — after loading, without a search, this run: ${mib(loaded)}.

Then ${s.rounds.length} rounds of ${r.polls} polls × ${n(r.linesPerPoll)} lines with \`${s.common}\` still searched (every
new line is a match):

| phase | frames | p50 | p95 | p99 | max | dropped | long |
|---|---|---|---|---|---|---|---|
${roundRows}

Frames around each batch:

${batchLines}

The status read "${s.statusAfterPolls}" afterwards.
`;
  return { targets, body };
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
  const search = searchSection(r);
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
${search.targets}

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

${search.body}
## Load

${n(r.initialLines)} lines in ${r.loadSeconds.toFixed(1)} s over ${n(r.loadRequests)} requests of up to 1,000 lines
(page after page while \`has_more\`; pages landing between two frames are drawn once, at the frame). Rendered rows
in the DOM at the end: ${r.model.renderedRows}.
${r.pageErrors.length > 0 ? `\nPage errors: ${r.pageErrors.join('; ')}\n` : ''}`;
}
