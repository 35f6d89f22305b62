import type { PollRound } from './benchResult.ts';
import { medianBy } from '../stats.ts';

/** The slowest frame that showed one of the round's batches: what the frame targets are judged on. */
export const worstBatch = (round: PollRound) => Math.max(0, ...round.frames.batchFrames);

/**
 * The round whose worst batch frame is the median of all rounds': the machine is shared, so runs and rounds are
 * judged on their median rather than their best or worst.
 */
export function medianRound(rounds: readonly PollRound[]): PollRound | undefined {
  return medianBy(rounds, worstBatch);
}
