import { describe, expect, it } from 'vitest';
import { combinedState } from './combinedState.ts';

describe('combinedState', () => {
  it.each([
    [['connected', 'error'], 'error'],
    [['reconnecting', 'connected'], 'reconnecting'],
    [['connected', 'throttled'], 'throttled'],
    [['throttled', 'reconnecting'], 'reconnecting'],
    [['terminal', 'connected'], 'connected'],
    [['connected', 'idle'], 'connected'],
    [['idle', 'idle'], 'idle'],
    [['paused', 'paused'], 'paused'],
    [['terminal', 'paused'], 'paused'],
    [['terminal', 'terminal'], 'terminal'],
    [['terminal'], 'terminal'],
    [[], 'idle'],
  ] as const)('%j → %s', (states, expected) => {
    expect(combinedState(states)).toBe(expected);
  });
});
