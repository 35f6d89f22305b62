import type { PollRound } from './benchResult.ts';
import { medianBy } from './medianBy.ts';

/** The slowest frame that showed one of the round's batches: what the frame targets are judged on. */
export const worstBatch = (round: PollRound) => Math.max(0, ...round.frames.batchFrames);

/** The round whose worst batch frame is the median of all rounds'. */
export function medianRound(rounds: readonly PollRound[]): PollRound | undefined {
  return medianBy(rounds, worstBatch);
}
