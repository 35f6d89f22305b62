// @vitest-environment node
import { pollerMachine } from '@vpo-live/poller';
import { describe, expect, it } from 'vitest';
import { activeStateIds, stateValuePath, takenTransitionIds } from './activeStates.ts';
import { fixtureMachine } from './fixtureMachine.ts';
import { readMachine } from './readMachine.ts';

const poller = readMachine(pollerMachine);

describe('activeStateIds', () => {
  it('resolves a nested state value to the ids of every active state', () => {
    expect([...activeStateIds(poller, { connected: 'waiting' })].sort()).toEqual([
      'poller',
      'poller.connected',
      'poller.connected.waiting',
    ]);
    expect([...activeStateIds(poller, 'idle')].sort()).toEqual(['poller', 'poller.idle']);
  });

  it('resolves parallel regions', () => {
    const fixture = readMachine(fixtureMachine);
    const ids = activeStateIds(fixture, { working: { busy: 'two', side: 'left' } });
    expect([...ids].sort()).toEqual([
      'fixture',
      'fixture.working',
      'fixture.working.busy',
      'fixture.working.busy.two',
      'fixture.working.side',
      'fixture.working.side.left',
    ]);
  });

  it('ignores keys the machine does not have and values that are not state values', () => {
    expect([...activeStateIds(poller, { vanished: 'x', connected: 'nope' })].sort()).toEqual([
      'poller',
      'poller.connected',
    ]);
    expect(activeStateIds(poller, null).size).toBe(0);
    expect(activeStateIds(poller, [1, 2]).size).toBe(1);
  });
});

describe('stateValuePath', () => {
  it('joins nested keys with dots and parallel regions with commas', () => {
    expect(stateValuePath({ connected: 'waiting' })).toBe('connected.waiting');
    expect(stateValuePath('idle')).toBe('idle');
    expect(stateValuePath({ working: { busy: 'two', side: 'left' } })).toBe('working.busy.two, side.left');
    expect(stateValuePath(null)).toBe('');
  });
});

describe('takenTransitionIds', () => {
  it('finds the chart transitions a step reports by source, event and targets', () => {
    const ids = takenTransitionIds(poller, [
      {
        source: 'poller.connected.fetching',
        eventType: 'FETCH.FAILURE',
        targets: ['poller.reconnecting.waiting'],
      },
    ]);
    const [id] = [...ids];
    const transition = poller.transitions.find((t) => t.id === id);
    expect(transition).toMatchObject({ eventType: 'FETCH.FAILURE', guard: null });
  });

  it('ignores transitions the chart does not know', () => {
    expect(takenTransitionIds(poller, [{ source: 'poller.gone', eventType: 'X', targets: [] }]).size).toBe(0);
  });
});
