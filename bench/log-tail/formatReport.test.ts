import { describe, expect, it } from 'vitest';
import type { BenchResult, PollRound } from './benchResult.ts';
import { formatReport } from './formatReport.ts';
import type { FrameStats } from './frameStats.ts';

const MiB = 2 ** 20;

function frames(overrides: Partial<FrameStats> = {}): FrameStats {
  return {
    frames: 1200,
    p50: 16.7,
    p95: 16.7,
    p99: 16.8,
    max: 16.8,
    dropped: 0,
    longFrames: 0,
    batchFrames: [16.7, 16.6, 16.8],
    ...overrides,
  };
}

const round = (seconds: number, batchFrames: number[], busyMsPerSecond: number): PollRound => ({
  frames: frames({ batchFrames }),
  seconds,
  busyMsPerSecond,
});

/** A run shaped like the committed results: every target met, a previous report to compare the heap with. */
function benchResult(overrides: Partial<BenchResult> = {}): BenchResult {
  return {
    date: '2026-12-06T14:24:01.893Z',
    chromium: '150.0.7871.100',
    node: 'v20.20.2',
    initialLines: 1_000_000,
    linesPerPoll: 1000,
    polls: 10,
    intervalMs: 2000,
    loadSeconds: 16.7,
    loadRequests: 1001,
    heap: { usedSize: 4.2 * MiB, totalSize: 4.8 * MiB, backingStorageSize: 89.2 * MiB },
    pageHeap: 93.4 * MiB,
    heapAfter: { usedSize: 6.1 * MiB, totalSize: 6.8 * MiB, backingStorageSize: 108.2 * MiB },
    idle: frames({ frames: 360, batchFrames: [] }),
    baselineBusyMsPerSecond: 35.4,
    rounds: [round(20.8, [33.4, 16.7], 57.2), round(20.2, [16.6, 16.7], 52.7), round(20.3, [16.8], 48.9)],
    tasks: { count: 600, longest: 16.1, p99: 7.4, overFrame: 0 },
    tracedPolls: 5,
    scroll: frames({ frames: 241, batchFrames: [] }),
    model: { length: 1_065_000, mismatches: 0, firstMismatch: null, renderedRows: 34 },
    expected: 1_065_000,
    loadAverage: [3.1, 4.9, 6.8],
    pageErrors: [],
    search: {
      probes: [
        { text: 'episode-999999.mkv', ms: 48.6, status: '1 of 1', frames: 3, longestFrame: 16.6 },
        { text: 'episode-999999.mkv', ms: 41.9, status: '1 of 1', frames: 2, longestFrame: 16.6 },
        {
          text: 'show-(12|34)/episode-\\d+7\\.mkv$',
          ms: 133,
          status: '1 of 2,134',
          frames: 8,
          longestFrame: 16.7,
        },
        { text: 'scanned', ms: 96.8, status: '1 of 1,035,000', frames: 6, longestFrame: 16.7 },
        { text: 'scanned', ms: 97.5, status: '1 of 1,035,000', frames: 6, longestFrame: 16.7 },
      ],
      common: 'scanned',
      rare: 'episode-999999.mkv',
      regex: 'show-(12|34)/episode-\\d+7\\.mkv$',
      heap: { usedSize: 5.5 * MiB, totalSize: 6 * MiB, backingStorageSize: 92.2 * MiB },
      rounds: [round(21.1, [16.7, 16.7], 63.7), round(20.4, [16.8], 66.2)],
      statusAfterPolls: '1 of 1,065,000',
      previousTotalHeap: 90.6 * MiB,
    },
    ...overrides,
  };
}

describe('formatReport', () => {
  it('renders every section of a run that met its targets', () => {
    expect(formatReport(benchResult())).toMatchSnapshot();
  });

  it('marks missed targets, compares the heap with this run on a first run and lists page errors', () => {
    const result = benchResult({
      rounds: [round(20.5, [16.7, Number.POSITIVE_INFINITY], 60)],
      model: { length: 1_064_999, mismatches: 2, firstMismatch: { index: 7 }, renderedRows: 30 },
      pageErrors: ['TypeError: x is undefined', 'ReferenceError: y'],
    });
    result.search = { ...result.search, previousTotalHeap: null, statusAfterPolls: '1 of 1,064,000' };
    const report = formatReport(result);
    expect(report).toContain('this run, after loading');
    expect(report).toContain('\nPage errors: TypeError: x is undefined; ReferenceError: y\n');
    expect(report).toMatchSnapshot();
  });
});
