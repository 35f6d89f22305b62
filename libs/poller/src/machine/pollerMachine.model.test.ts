import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnyStateNode, AnyTransitionDefinition, SnapshotFrom, StateValue } from 'xstate';
import { getAdjacencyMap, getShortestPaths, getStateNodes } from 'xstate/graph';
import { createHarness, TEST_CONFIG } from '../test-support/createHarness.ts';
import type { PauseReason } from '../types.ts';
import { pollerMachine } from './pollerMachine.ts';
import type { PollerEvent } from './pollerEvents.ts';

/**
 * Model-based test: paths generated from the machine definition with `xstate/graph` are replayed against a
 * real poller (fake page, controlled server, fake timers). Every step must land in the state the model
 * predicts, and together the paths must visit every state and take every transition of the definition —
 * measured on the running poller through XState inspection, so a transition the graph skips fails the test.
 */
type Snapshot = SnapshotFrom<typeof pollerMachine>;

const timing = { at: 0, latencyMs: 0, jitter: 0 };
const error = { kind: 'network' as const, message: 'down' };

const nodes: AnyStateNode[] = [pollerMachine.root, ...getStateNodes(pollerMachine.root)];
const delayed = nodes.flatMap((node) => node.after.map((t) => ({ type: t.eventType, path: node.path })));

/** Whether a snapshot is in the state node at `path` (`[]` is the root). */
function isIn(snapshot: Snapshot, path: readonly string[]): boolean {
  const [leaf, ...parents] = [...path].reverse();
  if (leaf === undefined) return true;
  const target = parents.reduce<StateValue>((inner, key) => ({ [key]: inner }), leaf);
  return snapshot.matches(target as Parameters<Snapshot['matches']>[0]);
}

/** The events the page, the user and the server can actually produce in a state. */
function possibleEvents(snapshot: Snapshot): PollerEvent[] {
  const reasons = snapshot.context.pauseReasons;
  const events: PollerEvent[] = [
    { type: reasons.includes('hidden') ? 'VISIBILITY.VISIBLE' : 'VISIBILITY.HIDDEN' },
    { type: reasons.includes('offline') ? 'NETWORK.ONLINE' : 'NETWORK.OFFLINE' },
    { type: 'USER.PAUSE' },
    { type: 'USER.RESUME' },
    { type: 'USER.REFRESH' },
    { type: 'KEY.CHANGE', key: snapshot.context.key === 'a' ? 'b' : 'a' },
    // Another poller of the page: an answer after failures, and a Retry-After ten minutes long.
    { type: 'CONNECTION.ANSWERED', at: 0 },
    { type: 'CONNECTION.HOLD', at: 0, until: 600_000 },
    // The tabs sharing the resource hand the lead over.
    { type: 'TABS.ROLE', role: snapshot.context.role === 'leader' ? 'follower' : 'leader' },
  ];
  if (snapshot.hasTag('fetching')) {
    const ok = { type: 'FETCH.OK', key: snapshot.context.key, etag: null, ...timing } as const;
    events.push(
      { ...ok, data: { terminal: false }, terminal: false, more: false },
      { ...ok, data: { terminal: true }, terminal: true, more: false },
      { ...ok, data: { terminal: false }, terminal: false, more: true },
      { type: 'FETCH.NOT_MODIFIED', terminal: snapshot.context.dataIsTerminal, ...timing },
      { type: 'FETCH.GONE', ...timing },
      { type: 'FETCH.RATE_LIMITED', retryAfterMs: 30_000, ...timing },
      { type: 'FETCH.UNAUTHORIZED', error: { kind: 'unauthorized', message: 'no' }, ...timing },
      { type: 'FETCH.FAILURE', error, ...timing },
    );
  }
  // The data a 304 confirms may have become terminal meanwhile (a log whose job has finished).
  if (snapshot.hasTag('fetching') && snapshot.context.data !== undefined && !snapshot.context.dataIsTerminal)
    events.push({ type: 'FETCH.NOT_MODIFIED', terminal: true, ...timing });
  for (const d of delayed) if (isIn(snapshot, d.path)) events.push({ type: d.type } as PollerEvent);
  return events;
}

/** What distinguishes states for the traversal: only what changes future behaviour. */
function serializeState(snapshot: Snapshot): string {
  const { context, value } = snapshot;
  const paused = snapshot.matches('paused');
  return JSON.stringify({
    value,
    reasons: [...context.pauseReasons].sort(),
    errors: Math.min(context.errorCount, 3),
    resumeTo: paused ? context.resumeTo : undefined,
    dataIsTerminal: snapshot.matches('terminal') ? context.dataIsTerminal : undefined,
    // Only held data can be confirmed by a 304 (and a 304 may find it final): whether there is any matters.
    hasData: context.data !== undefined,
  });
}

function serializeEvent(event: PollerEvent): string {
  if (event.type === 'FETCH.OK') return `${event.type}:${event.terminal}:${event.more}`;
  if (event.type === 'FETCH.NOT_MODIFIED') return `${event.type}:${event.terminal}`;
  return event.type;
}

function transitionKey(source: AnyStateNode, eventType: string, index: number): string {
  return `${source.id} ${eventType || 'always'} #${index}`;
}

function allTransitionKeys(): Set<string> {
  const keys = new Set<string>();
  for (const node of nodes) {
    for (const [eventType, candidates] of node.transitions) {
      candidates.forEach((_, i) => keys.add(transitionKey(node, eventType, i)));
    }
    node.always?.forEach((_, i) => keys.add(transitionKey(node, '', i)));
  }
  return keys;
}

function takenKey(t: AnyTransitionDefinition): string | null {
  const candidates = t.eventType ? t.source.transitions.get(t.eventType) : t.source.always;
  const index = candidates?.indexOf(t) ?? -1;
  return index < 0 ? null : transitionKey(t.source, t.eventType, index);
}

const stateIds = nodes.filter((n) => n.type !== 'history').map((n) => n.id);
const coveredStates = new Set<string>();
const coveredTransitions = new Set<string>();

interface Scenario {
  name: string;
  startPaused: PauseReason[];
}

const scenarios: Scenario[] = [
  { name: 'starting visible', startPaused: [] },
  { name: 'starting hidden', startPaused: ['hidden'] },
];

/**
 * One path per distinct edge of the state graph: the shortest path to a state, then one event. Edges that
 * only differ in bookkeeping (which pause reasons, how many failures beyond the threshold) are replayed once;
 * the coverage check below proves the sample still takes every transition.
 */
function edgePaths(scenario: Scenario, seen: Set<string>) {
  const options = {
    input: { config: TEST_CONFIG, pauseReasons: scenario.startPaused },
    events: possibleEvents,
    serializeState,
    serializeEvent,
  };
  const shortest = getShortestPaths(pollerMachine, options);
  const toState = new Map(shortest.map((p) => [serializeState(p.state), p]));
  const adjacency = getAdjacencyMap(pollerMachine, options);
  // Every generated path starts with the `xstate.init` step; the empty path checks the start state alone.
  const start = shortest.find((p) => p.steps.length === 1);
  if ((start?.steps[0]?.event as { type: string } | undefined)?.type !== 'xstate.init')
    throw new Error('The traversal found no start state');
  const paths: { steps: { event: PollerEvent; state: Snapshot }[] }[] = [{ steps: [] }];
  for (const [key, { state: source, transitions }] of Object.entries(adjacency)) {
    const head = toState.get(key);
    if (!head) continue;
    for (const { event, state } of Object.values(transitions) as { event: PollerEvent; state: Snapshot }[]) {
      const signature = JSON.stringify([source.value, serializeEvent(event), state.value]);
      if (seen.has(signature)) continue;
      seen.add(signature);
      paths.push({ steps: [...head.steps.slice(1), { event, state }] });
    }
  }
  return { start: start!.state, paths };
}

const seenEdges = new Set<string>();
const generated = new Map(scenarios.map((s) => [s, edgePaths(s, seenEdges)]));

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe.each(scenarios)('the poller follows its model, $name', (scenario) => {
  it(
    'lands in the predicted state after every step of every generated path',
    { timeout: 30_000 },
    async () => {
      const { start, paths } = generated.get(scenario)!;
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        let machineSnapshot: Snapshot | undefined;
        const h = createHarness({
          hidden: scenario.startPaused.includes('hidden'),
          inspect: (e) => {
            const event = e as {
              type: string;
              snapshot?: Snapshot;
              _transitions?: AnyTransitionDefinition[];
            };
            if (event.type === '@xstate.microstep') {
              // Microsteps also show transient states such as `paused.resuming`.
              if (event.snapshot)
                for (const node of nodes) if (isIn(event.snapshot, node.path)) coveredStates.add(node.id);
              for (const t of event._transitions ?? []) {
                const key = takenKey(t);
                if (key) coveredTransitions.add(key);
              }
            }
            if (event.type === '@xstate.snapshot' && event.snapshot && 'historyValue' in event.snapshot) {
              machineSnapshot = event.snapshot;
            }
          },
        });
        await h.flush();
        expect(machineSnapshot && serializeState(machineSnapshot), 'start').toBe(serializeState(start));
        for (const [index, step] of path.steps.entries()) {
          await perform(h, step.event);
          const actual = machineSnapshot;
          const trail = path.steps
            .map((s, i) => (i === index ? `[${serializeEvent(s.event)}]` : serializeEvent(s.event)))
            .join(' → ');
          expect(actual?.value, trail).toEqual(step.state.value);
          // Pause reasons, the failure bucket, where a pause resumes and the terminal flag must agree too.
          expect(actual && serializeState(actual), trail).toBe(serializeState(step.state));
          if (actual) for (const node of nodes) if (isIn(actual, node.path)) coveredStates.add(node.id);
        }
        h.poller.dispose();
      }
    },
  );
});

async function perform(h: ReturnType<typeof createHarness>, event: PollerEvent): Promise<void> {
  switch (event.type) {
    case 'FETCH.OK':
      return h.respond({
        kind: 'ok',
        data: { id: 'j', status: 'x', terminal: event.terminal },
        more: event.more,
      });
    case 'FETCH.NOT_MODIFIED': {
      // What isTerminal says of the kept data now: the test's jobs carry the verdict in `terminal`.
      const kept = h.poller.getSnapshot().data;
      if (kept) kept.terminal = event.terminal;
      return h.respond({ kind: 'not-modified' });
    }
    case 'FETCH.GONE':
      return h.respond({ kind: 'gone' });
    case 'FETCH.RATE_LIMITED':
      return h.respond({ kind: 'rate-limited', retryAfterMs: event.retryAfterMs });
    case 'FETCH.UNAUTHORIZED':
      return h.respond({ kind: 'unauthorized' });
    case 'FETCH.FAILURE':
      return h.respond({ kind: 'failure', error: event.error });
    case 'VISIBILITY.HIDDEN':
      return h.doc.setVisibility('hidden');
    case 'VISIBILITY.VISIBLE':
      return h.doc.setVisibility('visible');
    case 'NETWORK.OFFLINE':
      return h.win.setOnline(false);
    case 'NETWORK.ONLINE':
      return h.win.setOnline(true);
    case 'USER.PAUSE':
      return h.poller.pause();
    case 'USER.RESUME':
      return h.poller.resume();
    case 'USER.REFRESH':
      return h.poller.refresh();
    case 'KEY.CHANGE':
      return h.poller.setKey(event.key);
    case 'CONNECTION.ANSWERED':
      h.connection.report({ kind: 'failed', at: Date.now() });
      return h.connection.report({ kind: 'answered', at: Date.now() });
    case 'TABS.ROLE':
      return h.setRole(event.role);
    case 'CONNECTION.HOLD':
      return h.connection.report({ kind: 'rate-limited', at: Date.now(), until: Date.now() + event.until });
    default:
      // A delayed transition: let the armed timer fire.
      vi.advanceTimersToNextTimer();
  }
}

describe('model coverage', () => {
  afterAll(() => {
    coveredStates.clear();
    coveredTransitions.clear();
  });

  it('visits every state of the definition', () => {
    expect(stateIds.filter((id) => !coveredStates.has(id))).toEqual([]);
  });

  it('takes every transition of the definition', () => {
    const all = allTransitionKeys();
    expect(all.size).toBeGreaterThan(60);
    expect([...all].filter((key) => !coveredTransitions.has(key))).toEqual([]);
  });
});
