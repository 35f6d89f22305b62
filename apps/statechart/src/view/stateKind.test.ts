import { describe, expect, it } from 'vitest';
import type { PositionedState } from '../graph/positionedChart.ts';
import { stateKind } from './stateKind.ts';

const state = (id: string): PositionedState => ({
  id,
  key: id.split('.').at(-1) ?? id,
  type: 'atomic',
  parentId: id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : null,
  depth: id.split('.').length - 1,
  initial: false,
  x: 0,
  y: 0,
  width: 1,
  height: 1,
  detail: null,
  inner: [],
  chip: false,
  hiddenTransitionIds: [],
});

const ids = [
  'poller',
  'poller.connected',
  'poller.connected.waiting',
  'poller.throttled',
  'poller.throttled.waiting',
];
const more = [
  'poller.error',
  'poller.error.fetching',
  'poller.terminal',
  'poller.terminal.stopped',
  'poller.idle',
];
const byId = new Map([...ids, ...more, 'poller.paused'].map((id) => [id, state(id)]));
const kindOf = (id: string) => stateKind(byId.get(id) as PositionedState, byId);

describe('stateKind', () => {
  it('says a state’s kind as the connection indicator says its top-level state', () => {
    expect(kindOf('poller.connected.waiting')).toBe('connected');
    expect(kindOf('poller.throttled.waiting')).toBe('reconnecting');
    expect(kindOf('poller.idle')).toBe('reconnecting');
    expect(kindOf('poller.error.fetching')).toBe('error');
    expect(kindOf('poller.paused')).toBe('paused');
    expect(kindOf('poller.terminal.stopped')).toBe('paused');
  });

  it('gives the machine itself no kind', () => {
    expect(kindOf('poller')).toBeNull();
  });
});
