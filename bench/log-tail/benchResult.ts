/** What one run of the log tail benchmark measured: the input of `formatReport`. */
import type { FrameStats } from './frameStats.ts';
import type { MainThreadTasks } from './mainThreadTrace.ts';
import type { SearchProbe } from './pageProbes.ts';

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
