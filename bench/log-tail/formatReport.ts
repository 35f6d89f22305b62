import type { BenchResult } from './benchResult.ts';
import { mib, ms, n, verdict } from './cells.ts';
import { FRAME_TABLE_HEAD, frameRow, roundRows } from './frameTable.ts';
import { FRAME_BUDGET, ONE_FRAME } from './frameStats.ts';
import { medianRound, worstBatch } from './medianRound.ts';
import { searchSection } from './searchSection.ts';

/**
 * The committed markdown report (`bench/results/log-tail.md`). `previousTotalHeap` reads its Memory table back
 * on the next run, so that row's label and unit are part of its format.
 */
export function formatReport(r: BenchResult): string {
  const total = r.heap.usedSize + r.heap.backingStorageSize;
  const heapOk = r.heap.usedSize < 100 * 2 ** 20 && total < 100 * 2 ** 20;
  const median = medianRound(r.rounds);
  const medianWorst = median ? worstBatch(median) : Number.POSITIVE_INFINITY;
  const framesOk = medianWorst <= ONE_FRAME && r.tasks.count > 0 && r.tasks.p99 <= FRAME_BUDGET;
  const exact = r.model.mismatches === 0 && r.model.length === r.expected;
  const search = searchSection(r);
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

${FRAME_TABLE_HEAD}
${frameRow('baseline: polling, log not growing', r.idle)}
${roundRows('', r.rounds, r)}
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
