// @vitest-environment node
import { and, not, or, stateIn } from 'xstate';
import { describe, expect, it } from 'vitest';
import { describeAction, describeGuard } from './describeGuard.ts';

describe('describeGuard', () => {
  it('names plain, parameterized and combined guards', () => {
    expect(describeGuard('isReady')).toBe('isReady');
    expect(describeGuard({ type: 'cameFrom', params: { state: 'connected' } })).toBe('cameFrom(connected)');
    expect(describeGuard({ type: 'plain' })).toBe('plain');
    expect(describeGuard(not('a'))).toBe('not(a)');
    expect(describeGuard(and(['a', or(['b', 'c'])]))).toBe('and(a, or(b, c))');
    expect(describeGuard(stateIn('#m.x'))).toBe('stateIn(#m.x)');
  });

  it('uses a function’s name, else a neutral word, and never throws on odd input', () => {
    function hasItems() {
      return true;
    }
    expect(describeGuard(hasItems)).toBe('hasItems');
    expect(describeGuard(undefined)).toBeNull();
    expect(describeGuard(42)).toBe('guard');
    expect(describeGuard({ type: 'long', params: { text: 'x'.repeat(100) } })?.length).toBeLessThan(60);
  });
});

describe('describeAction', () => {
  it('names actions by type or function name', () => {
    expect(describeAction('applyOk')).toBe('applyOk');
    expect(describeAction({ type: 'rememberState', params: {} })).toBe('rememberState');
    expect(describeAction(Object.assign(() => undefined, { type: 'xstate.assign' }))).toBe('xstate.assign');
    expect(describeAction(null)).toBe('action');
  });
});
