import type { BenchResult } from './benchResult.ts';
import { mib, ms, n, verdict } from './cells.ts';
import { FRAME_TABLE_HEAD, roundRows } from './frameTable.ts';
import { ONE_FRAME } from './frameStats.ts';
import { medianBy } from '../stats.ts';
import { medianRound, worstBatch } from './medianRound.ts';

const median = (values: number[]) => medianBy(values, (v) => v) ?? 0;

/**
 * The search's rows of the Targets table and its own section. Its targets are judged on the same frame and
 * median rules as the polling phase's, so the two verdicts can be read side by side.
 */
export function searchSection(r: BenchResult): { targets: string; body: string } {
  const s = r.search;
  const of = (text: string) => s.probes.filter((p) => p.text === text);
  const loaded = r.heap.usedSize + r.heap.backingStorageSize;
  const searching = s.heap.usedSize + s.heap.backingStorageSize;
  const reference = s.previousTotalHeap ?? loaded;
  const ratio = searching / reference;
  const common = median(of(s.common).map((p) => p.ms));
  const rare = median(of(s.rare).map((p) => p.ms));
  const regex = median(of(s.regex).map((p) => p.ms));
  // Like the rounds above, each term is judged on its median run: the machine is shared.
  const plainFrames = Math.max(
    median(of(s.common).map((p) => p.longestFrame)),
    median(of(s.rare).map((p) => p.longestFrame)),
  );
  const regexFrames = median(of(s.regex).map((p) => p.longestFrame));
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

${FRAME_TABLE_HEAD}
${roundRows('searching, ', s.rounds, r)}

Frames around each batch:

${batchLines}

The status read "${s.statusAfterPolls}" afterwards.
`;
  return { targets, body };
}
