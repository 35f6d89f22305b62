import { createRoot } from 'solid-js';
import { describe, expect, it } from 'vitest';
import { createUrlQuery } from './createUrlQuery.ts';

function inRoot<T>(fn: () => T): { value: T; dispose: () => void } {
  let dispose = () => undefined as void;
  const value = createRoot((d) => {
    dispose = d;
    return fn();
  });
  return { value, dispose };
}

describe('createUrlQuery', () => {
  it('starts from the page URL', () => {
    window.history.replaceState(null, '', '/jobs?status=failed&debug=poller');
    const { value: url, dispose } = inRoot(() => createUrlQuery());
    expect(url.query()).toEqual({ status: 'failed' });
    dispose();
  });

  it('pushes one history entry per navigation and keeps foreign parameters', () => {
    window.history.replaceState(null, '', '/jobs?debug=poller');
    const before = window.history.length;
    const { value: url, dispose } = inRoot(() => createUrlQuery());
    url.navigate({ type: 'scan' });
    url.navigate({ type: 'scan' });
    expect(window.location.search).toBe('?debug=poller&type=scan');
    expect(window.history.length).toBe(before + 1);
    url.navigate({ type: 'move' }, { replace: true });
    expect(window.history.length).toBe(before + 1);
    expect(url.query()).toEqual({ type: 'move' });
    dispose();
  });

  it('follows back/forward through popstate, and stops listening when disposed', () => {
    window.history.replaceState(null, '', '/jobs');
    const { value: url, dispose } = inRoot(() => createUrlQuery());
    window.history.pushState(null, '', '/jobs?status=running');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(url.query()).toEqual({ status: 'running' });
    dispose();
    window.history.pushState(null, '', '/jobs?status=queued');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(url.query()).toEqual({ status: 'running' });
  });
});
