import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getStateNodes, toDirectedGraph } from 'xstate/graph';
import { pollerMachine } from './machine/pollerMachine.ts';
import { createHarness, job } from './test-support/createHarness.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('inspection', () => {
  it('passes XState inspection events to the inspect callback, under the poller name', async () => {
    const seen: { type: string; actorId?: string; event?: string }[] = [];
    const h = createHarness({
      name: 'job:42',
      inspect: (e) => {
        const event = e as { type: string; actorRef: { id: string }; event?: { type: string } };
        seen.push({ type: event.type, actorId: event.actorRef.id, event: event.event?.type });
      },
    });
    await h.respond({ kind: 'ok', data: job('running') });
    expect(seen).toContainEqual({ type: '@xstate.event', actorId: 'job:42', event: 'FETCH.OK' });
    expect(seen.some((e) => e.type === '@xstate.snapshot')).toBe(true);
  });
});

describe('the machine definition, as a drawing sees it', () => {
  const graph = toDirectedGraph(pollerMachine);
  const labels = (function collect(node: typeof graph): string[] {
    return [...node.edges.map((e) => e.label.text), ...node.children.flatMap(collect)];
  })(graph);

  it('has the documented top-level states', () => {
    expect(graph.children.map((c) => c.stateNode.key)).toEqual([
      'idle',
      'connected',
      'throttled',
      'reconnecting',
      'error',
      'paused',
      'terminal',
    ]);
  });

  it('labels transitions with readable event names and named delays', () => {
    for (const name of [
      'FETCH.OK',
      'FETCH.NOT_MODIFIED',
      'FETCH.GONE',
      'FETCH.RATE_LIMITED',
      'FETCH.UNAUTHORIZED',
      'FETCH.FAILURE',
      'VISIBILITY.HIDDEN',
      'VISIBILITY.VISIBLE',
      'NETWORK.OFFLINE',
      'NETWORK.ONLINE',
      'USER.PAUSE',
      'USER.RESUME',
      'USER.REFRESH',
      'xstate.after.pollDelay.poller.connected.waiting',
      'xstate.after.retryDelay.poller.reconnecting.waiting',
      'xstate.after.backoffDelay.poller.error.waiting',
    ]) {
      expect(labels).toContain(name);
    }
  });

  it('names its guards, including those of eventless transitions (which toDirectedGraph leaves out)', () => {
    const guards = new Set<string>();
    for (const node of [pollerMachine.root, ...getStateNodes(pollerMachine.root)]) {
      for (const transition of [...[...node.transitions.values()].flat(), ...(node.always ?? [])]) {
        const guard = transition.guard as { type?: string } | string | undefined;
        if (typeof guard === 'string') guards.add(guard);
        else if (guard?.type) guards.add(guard.type);
        else if (guard) throw new Error(`Unnamed guard on ${node.id}`);
      }
    }
    expect([...guards].sort()).toEqual([
      'cameFrom',
      'clearsLastPauseReason',
      'hasMore',
      'hasPauseReason',
      'holdsPastNextPoll',
      'isTerminalOutcome',
      'reachesErrorThreshold',
    ]);
  });
});
