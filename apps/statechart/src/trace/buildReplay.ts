import type { GoneReason, PollerEntry } from '../live/createPollerRegistry.ts';
import type { PollerSource, StepMessage, TraceEntry } from '@vpo-live/poller-debug';

interface Building {
  source: PollerSource;
  firstSeenAt: number;
  lastSeenAt: number;
  goneReason: GoneReason | null;
  steps: StepMessage[];
}

/**
 * Groups a trace's entries by poller into the shape the live registry lists, so the replay view reuses the
 * live components: each poller with all of its steps (oldest first), gone when the trace saw it disposed.
 */
export function buildReplay(entries: readonly TraceEntry[]): PollerEntry[] {
  const byId = new Map<string, Building>();
  for (const entry of entries) {
    const id = entry.source.pollerId;
    let poller = byId.get(id);
    if (!poller) {
      poller = {
        source: entry.source,
        firstSeenAt: entry.at,
        lastSeenAt: entry.at,
        goneReason: null,
        steps: [],
      };
      byId.set(id, poller);
    }
    poller.lastSeenAt = entry.at;
    if (entry.kind === 'step') poller.steps.push(entry);
    else poller.goneReason = 'disposed';
  }
  return [...byId.values()].map((poller) => ({
    source: poller.source,
    firstSeenAt: poller.firstSeenAt,
    lastSeenAt: poller.lastSeenAt,
    status: poller.goneReason ? 'gone' : 'live',
    goneReason: poller.goneReason,
    latest: poller.steps.at(-1) ?? null,
    steps: poller.steps,
    evictedSteps: 0,
  }));
}
