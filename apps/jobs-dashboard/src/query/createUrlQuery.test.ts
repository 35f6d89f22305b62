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

  it('rewrites an address with values it does not take to the view it shows, in place, keeping the host’s', () => {
    window.history.replaceState(
      null,
      '',
      '/jobs?status=%3Cscript%3E&page=-1&limit=99999&sort=evil&debug=poller#top',
    );
    const before = window.history.length;
    const { value: url, dispose } = inRoot(() => createUrlQuery());
    expect(url.query()).toEqual({ limit: 100 });
    expect(`${window.location.search}${window.location.hash}`).toBe('?debug=poller&limit=100#top');
    expect(window.history.length).toBe(before);
    dispose();
  });

  it('leaves an address that names its view as it is', () => {
    window.history.replaceState(null, '', '/jobs?debug=poller&status=failed&offset=50');
    const { value: url, dispose } = inRoot(() => createUrlQuery());
    expect(url.query()).toMatchObject({ status: 'failed' });
    expect(window.location.search).toBe('?debug=poller&status=failed&offset=50');
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
