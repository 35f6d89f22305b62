import type { InspectionMessage, PollerSource, StepMessage, TraceEntry } from '@vpo-live/poller-debug';
import { createRingBuffer, type RingBuffer } from './ringBuffer.ts';

/** Why a poller is no longer live: it said so, or its page stopped sending heartbeats. */
export type GoneReason = 'disposed' | 'silent';

/** What the visualizer knows about one poller. */
export interface PollerEntry {
  readonly source: PollerSource;
  readonly firstSeenAt: number;
  readonly lastSeenAt: number;
  readonly status: 'live' | 'gone';
  readonly goneReason: GoneReason | null;
  /** The newest step, if any arrived. */
  readonly latest: StepMessage | null;
  /** The last steps, oldest first (bounded). */
  readonly steps: readonly StepMessage[];
  /** Steps that fell out of the bounded log. */
  readonly evictedSteps: number;
}

export interface PollerRegistryOptions {
  /** A poller not heard of for this long is marked gone (default 5000 ms). */
  goneAfterMs?: number;
  /** Steps kept per poller (default 200). */
  stepsPerPoller?: number;
  /** Entries kept in the exportable trace (default 5000). */
  traceCapacity?: number;
  /** Pollers remembered at most; the oldest gone ones are forgotten first (default 100). */
  maxPollers?: number;
  /** How often `start()` checks for silent pollers (default 1000 ms). */
  sweepMs?: number;
  now?: () => number;
  setInterval?: (callback: () => void, ms: number) => unknown;
  clearInterval?: (handle: unknown) => void;
}

/** The live pollers seen on the channel, their bounded step logs and the recorded trace. */
export interface PollerRegistry {
  /** Applies one message. Returns true when a heartbeat named a poller not seen yet (time to `discover`). */
  receive(message: InspectionMessage): boolean;
  /** Marks pollers whose page has been silent for `goneAfterMs` as gone. */
  sweep(): void;
  /** Runs `sweep` periodically until `stop()`. */
  start(): void;
  stop(): void;
  /** Live pollers first, then gone ones; each group by first sighting. */
  list(): PollerEntry[];
  get(pollerId: string): PollerEntry | undefined;
  /** The recorded steps and disposals, oldest first (bounded). */
  trace(): TraceEntry[];
  /** Messages the publishing pages reported dropping, summed over pages. */
  droppedByPages(): number;
  /** Forgets everything. */
  clear(): void;
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

interface MutableEntry {
  source: PollerSource;
  firstSeenAt: number;
  lastSeenAt: number;
  status: 'live' | 'gone';
  goneReason: GoneReason | null;
  steps: RingBuffer<StepMessage>;
}

/**
 * Keeps the state of every poller the visualizer hears about. Everything is bounded: steps per poller,
 * the trace and the number of pollers remembered have fixed capacities, so the page can stay open for
 * hours. A poller is gone when it is disposed, or when neither a step nor a heartbeat mentioned it for
 * `goneAfterMs` (a crashed or closed tab); a silent poller that is heard from again comes back to life
 * (background tabs may throttle their heartbeat), a disposed one never does.
 */
export function createPollerRegistry(options: PollerRegistryOptions = {}): PollerRegistry {
  const goneAfterMs = options.goneAfterMs ?? 5000;
  const stepsPerPoller = options.stepsPerPoller ?? 200;
  const maxPollers = options.maxPollers ?? 100;
  const now = options.now ?? Date.now;
  const schedule = options.setInterval ?? ((callback, ms) => setInterval(callback, ms));
  const cancel =
    options.clearInterval ?? ((handle) => clearInterval(handle as ReturnType<typeof setInterval>));
  const entries = new Map<string, MutableEntry>();
  const trace = createRingBuffer<TraceEntry>(options.traceCapacity ?? 5000);
  const dropped = new Map<string, number>();
  const listeners = new Set<() => void>();
  let timer: unknown = null;

  const notify = (): void => {
    for (const listener of [...listeners]) listener();
  };

  const evictIfFull = (): void => {
    if (entries.size <= maxPollers) return;
    const ordered = [...entries.values()].sort((a, b) => a.lastSeenAt - b.lastSeenAt);
    const victim = ordered.find((entry) => entry.status === 'gone') ?? ordered[0];
    if (victim) entries.delete(victim.source.pollerId);
  };

  const touch = (source: PollerSource, at: number): MutableEntry => {
    let entry = entries.get(source.pollerId);
    if (!entry) {
      entry = {
        source,
        firstSeenAt: at,
        lastSeenAt: at,
        status: 'live',
        goneReason: null,
        steps: createRingBuffer(stepsPerPoller),
      };
      entries.set(source.pollerId, entry);
      evictIfFull();
    }
    entry.source = source;
    entry.lastSeenAt = at;
    if (entry.status === 'gone' && entry.goneReason === 'silent') {
      entry.status = 'live';
      entry.goneReason = null;
    }
    return entry;
  };

  const snapshot = (entry: MutableEntry): PollerEntry => ({
    source: entry.source,
    firstSeenAt: entry.firstSeenAt,
    lastSeenAt: entry.lastSeenAt,
    status: entry.status,
    goneReason: entry.goneReason,
    latest: entry.steps.last() ?? null,
    steps: entry.steps.toArray(),
    evictedSteps: entry.steps.evicted,
  });

  const sweep = (): void => {
    const at = now();
    let changed = false;
    for (const entry of entries.values()) {
      if (entry.status === 'live' && at - entry.lastSeenAt >= goneAfterMs) {
        entry.status = 'gone';
        entry.goneReason = 'silent';
        changed = true;
      }
    }
    if (changed) notify();
  };

  return {
    receive(message) {
      const at = now();
      switch (message.kind) {
        case 'step': {
          const entry = touch(message.source, at);
          // A replayed `discover` answer repeats the latest step: keep the log free of duplicates.
          if (entry.steps.last()?.seq !== message.seq) {
            entry.steps.push(message);
            trace.push(message);
          }
          break;
        }
        case 'dispose': {
          const entry = entries.get(message.source.pollerId);
          if (entry?.status === 'gone' && entry.goneReason === 'disposed') return false;
          const target = entry ?? touch(message.source, at);
          target.status = 'gone';
          target.goneReason = 'disposed';
          trace.push(message);
          break;
        }
        case 'heartbeat': {
          dropped.delete(message.pageId);
          dropped.set(message.pageId, message.dropped);
          // One count per page load: reloads over hours must not grow this map.
          if (dropped.size > maxPollers) dropped.delete(dropped.keys().next().value as string);
          let unknown = false;
          for (const id of message.pollerIds) {
            const entry = entries.get(id);
            if (!entry) unknown = true;
            else if (entry.goneReason !== 'disposed') touch(entry.source, at);
          }
          notify();
          return unknown;
        }
        case 'discover':
          return false;
      }
      notify();
      return false;
    },
    sweep,
    start() {
      timer ??= schedule(sweep, options.sweepMs ?? 1000);
    },
    stop() {
      if (timer !== null) cancel(timer);
      timer = null;
    },
    list() {
      const all = [...entries.values()].sort((a, b) => a.firstSeenAt - b.firstSeenAt);
      return [...all.filter((e) => e.status === 'live'), ...all.filter((e) => e.status === 'gone')].map(
        snapshot,
      );
    },
    get(pollerId) {
      const entry = entries.get(pollerId);
      return entry ? snapshot(entry) : undefined;
    },
    trace: () => trace.toArray(),
    droppedByPages: () => [...dropped.values()].reduce((sum, n) => sum + n, 0),
    clear() {
      entries.clear();
      trace.clear();
      dropped.clear();
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
