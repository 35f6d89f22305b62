/** The table of frame intervals: the polling phase and the search both write one, with the same columns. */
import type { BenchResult, PollRound } from './benchResult.ts';
import { ms, n } from './cells.ts';
import type { FrameStats } from './frameStats.ts';

/** The head of every frame table; `frameRow` writes its columns in this order. */
export const FRAME_TABLE_HEAD = `| phase | frames | p50 | p95 | p99 | max | dropped | long |
|---|---|---|---|---|---|---|---|`;

export function frameRow(name: string, s: FrameStats): string {
  return `| ${name} | ${s.frames} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.p99)} | ${ms(s.max)} | ${s.dropped} | ${s.longFrames} |`;
}

/** One row per round of polls, named by `prefix` (which phase) and what the round did. */
export function roundRows(prefix: string, rounds: readonly PollRound[], r: BenchResult): string {
  return rounds
    .map((round, i) =>
      frameRow(
        `${prefix}round ${i + 1}: ${r.polls} polls × ${n(r.linesPerPoll)} lines (${round.seconds.toFixed(1)} s)`,
        round.frames,
      ),
    )
    .join('\n');
}
