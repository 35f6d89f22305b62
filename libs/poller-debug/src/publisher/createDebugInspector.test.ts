// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createFakeChannelHub } from '@vpo-live/poller/testing';
import { createDebugInspector } from './createDebugInspector.ts';
import { isPollerDebugEnabled } from './debugSwitch.ts';

const storage = (value: string | null) => ({ getItem: vi.fn(() => value) });

describe('isPollerDebugEnabled', () => {
  it('is on with ?debug=poller (also in a list) or localStorage vpo-live:debug = poller', () => {
    expect(isPollerDebugEnabled({ location: { search: '?debug=poller' }, storage: null })).toBe(true);
    expect(isPollerDebugEnabled({ location: { search: '?a=1&debug=net,Poller' }, storage: null })).toBe(true);
    const store = storage('poller');
    expect(isPollerDebugEnabled({ location: { search: '' }, storage: store })).toBe(true);
    expect(store.getItem).toHaveBeenCalledWith('vpo-live:debug');
  });

  it('is off otherwise, and when storage throws', () => {
    expect(isPollerDebugEnabled({ location: { search: '?debug=net' }, storage: storage('pollers') })).toBe(
      false,
    );
    expect(isPollerDebugEnabled({ location: null, storage: null })).toBe(false);
    const blocked = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(isPollerDebugEnabled({ location: { search: '' }, storage: blocked })).toBe(false);
  });

  it('reads the page’s own location and localStorage by default', () => {
    window.history.replaceState(null, '', '/jobs?debug=poller');
    expect(isPollerDebugEnabled()).toBe(true);
    window.history.replaceState(null, '', '/jobs');
    expect(isPollerDebugEnabled()).toBe(false);
    localStorage.setItem('vpo-live:debug', 'poller');
    expect(isPollerDebugEnabled()).toBe(true);
    localStorage.removeItem('vpo-live:debug');
  });
});

describe('createDebugInspector', () => {
  it('creates nothing when debugging is off: no channel, no timer', () => {
    vi.useFakeTimers();
    const factory = vi.fn();
    expect(
      createDebugInspector({ location: { search: '' }, storage: null, createChannel: factory }),
    ).toBeUndefined();
    expect(factory).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('creates a publisher on the channel when debugging is on', () => {
    const hub = createFakeChannelHub();
    const debug = createDebugInspector({
      location: { search: '?debug=poller' },
      storage: null,
      createChannel: hub.factory,
    });
    expect(typeof debug?.inspect).toBe('function');
    expect(hub.open()).toBe(1);
    debug?.dispose();
    expect(hub.open()).toBe(0);
  });
});
