import type { JsonValue, StepMessage } from '@vpo-live/poller-debug';
import { connectionView, type ConnectionModifier } from '@vpo-live/ui';
import { stateValuePath } from '../graph/activeStates.ts';
import type { PollerEntry } from '../live/createPollerRegistry.ts';

/** A stretch of time one poller spent in one state. */
export interface StateBand {
  readonly start: number;
  readonly end: number;
  /** Top-level state (`error`), which gives the band its colour. */
  readonly state: string;
  /** Full path of the first step of the band (`error.waiting`). */
  readonly path: string;
  readonly kind: ConnectionModifier;
}

/** One request and how it ended: from `at − latency` to `at`. */
export interface FetchSpan {
  readonly start: number;
  readonly end: number;
  /** `OK`, `NOT_MODIFIED`, `FAILURE`, `RATE_LIMITED`, `GONE`, `UNAUTHORIZED`. */
  readonly outcome: string;
  readonly latencyMs: number;
  /** Whether the server answered usefully (OK or NOT_MODIFIED). */
  readonly ok: boolean;
  /** A follower's outcome came from the leader's request, shared between tabs. */
  readonly shared: boolean;
  readonly seq: number;
}

/** One event the poller received (a tick on its row). */
export interface EventTick {
  readonly at: number;
  readonly seq: number;
  readonly type: string;
}

/** A stretch of one role among the tabs sharing the resource. */
export interface RoleSpan {
  readonly start: number;
  readonly end: number;
  readonly role: string;
}

/** A row of the timeline: one poller. */
export interface TimelineRow {
  readonly pollerId: string;
  readonly resource: string;
  readonly page: string;
  readonly pageId: string;
  readonly bands: readonly StateBand[];
  readonly ticks: readonly EventTick[];
  readonly fetches: readonly FetchSpan[];
  readonly roles: readonly RoleSpan[];
  /** When its role changed between leader and follower (a tab took over or handed over). */
  readonly handOvers: readonly { readonly at: number; readonly from: string; readonly to: string }[];
}

export interface Timeline {
  readonly rows: readonly TimelineRow[];
  /** The time span of everything recorded (epoch ms); start = end when nothing was. */
  readonly start: number;
  readonly end: number;
}

const field = (value: JsonValue | undefined, key: string): JsonValue | undefined =>
  value && typeof value === 'object' && !Array.isArray(value) ? value[key] : undefined;

/** The top-level state of a state value: `{ error: 'waiting' }` → `error`. */
export function topState(value: JsonValue): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) return Object.keys(value)[0] ?? '';
  return '';
}

function fetchOf(step: StepMessage): FetchSpan | null {
  const { type, detail } = step.event;
  if (!type.startsWith('FETCH.')) return null;
  const latency = field(detail, 'latencyMs');
  const at = field(detail, 'at');
  const end = typeof at === 'number' ? at : step.at;
  const latencyMs = typeof latency === 'number' ? Math.max(0, latency) : 0;
  const outcome = type.slice('FETCH.'.length);
  return {
    start: end - latencyMs,
    end,
    outcome,
    latencyMs,
    ok: outcome === 'OK' || outcome === 'NOT_MODIFIED',
    shared: step.context.role === 'follower',
    seq: step.seq,
  };
}

function rowOf(entry: PollerEntry, end: number): TimelineRow {
  const steps = entry.steps;
  const bands: StateBand[] = [];
  const roles: RoleSpan[] = [];
  const handOvers: { at: number; from: string; to: string }[] = [];
  steps.forEach((step, index) => {
    const until = steps[index + 1]?.at ?? end;
    const state = topState(step.value);
    const last = bands.at(-1);
    if (last && last.state === state) bands[bands.length - 1] = { ...last, end: until };
    else {
      bands.push({
        start: step.at,
        end: until,
        state,
        path: stateValuePath(step.value),
        kind: connectionView(state).modifier,
      });
    }
    const role = typeof step.context.role === 'string' ? step.context.role : 'alone';
    const lastRole = roles.at(-1);
    if (lastRole && lastRole.role === role) roles[roles.length - 1] = { ...lastRole, end: until };
    else {
      if (lastRole && lastRole.role !== 'alone' && role !== 'alone') {
        handOvers.push({ at: step.at, from: lastRole.role, to: role });
      }
      roles.push({ start: step.at, end: until, role });
    }
  });
  return {
    pollerId: entry.source.pollerId,
    resource: entry.source.resource,
    page: entry.source.page,
    pageId: entry.source.pageId,
    bands,
    ticks: steps.map((step) => ({ at: step.at, seq: step.seq, type: step.event.type })),
    fetches: steps.map(fetchOf).filter((span): span is FetchSpan => span !== null),
    roles,
    handOvers,
  };
}

/**
 * Every poller's recorded steps on one time axis: its states as bands, each event as a tick, each request
 * with its outcome and latency (from the outcome's `latencyMs`), its role among tabs and the hand-overs.
 * Reads the registry's bounded step logs (or a replayed trace), so it holds nothing of its own. A live
 * poller's last band runs to `now`; a gone one's ends at its last sighting.
 */
export function buildTimeline(pollers: readonly PollerEntry[], now: number): Timeline {
  const withSteps = pollers.filter((entry) => entry.steps.length > 0);
  const rows = withSteps.map((entry) =>
    rowOf(entry, entry.status === 'live' ? Math.max(now, entry.lastSeenAt) : entry.lastSeenAt),
  );
  const starts = rows.flatMap((row) => [row.bands[0]?.start ?? now, row.fetches[0]?.start ?? now]);
  const ends = rows.flatMap((row) => [row.bands.at(-1)?.end ?? now]);
  if (rows.length === 0) return { rows, start: now, end: now };
  return { rows, start: Math.min(...starts), end: Math.max(...ends) };
}
