import { POLLING_LIMITS } from '@vpo-live/vpo-api';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readHostPage } from './readHostPage.ts';

/** A host page of its own (not the test's document), so nothing leaks between tests. */
function hostDocument(body: Record<string, string> = {}, head = ''): Document {
  const doc = document.implementation.createHTMLDocument('host');
  Object.assign(doc.body.dataset, body);
  doc.head.innerHTML = head;
  return doc;
}

afterEach(() => vi.restoreAllMocks());

describe('readHostPage', () => {
  it('gives a bare page the defaults: /api, /jobs, tab sharing on, no actions, no host indicator', () => {
    const host = readHostPage(hostDocument(), {}, 'test');
    expect(host.apiBase).toBe('/api');
    expect(host.jobsPath).toBe('/jobs');
    expect(host.settings.interval).toBe(POLLING_LIMITS.defaultInterval);
    expect(host.share).toBeTypeOf('function');
    expect(host.actions).toBeUndefined();
    expect(host.hostIndicator).toBeNull();
  });

  it.each([
    ['/ops/jobs/', '/ops/jobs'],
    ['/', '/'],
    ['///', '/'],
    ['/jobs', '/jobs'],
  ])('writes the Jobs path %j as %j (links append /<id>)', (jobsPath, expected) => {
    expect(readHostPage(hostDocument(), { jobsPath }, 'test').jobsPath).toBe(expected);
  });

  it('reads VPO’s <body data-polling-*>, and says which remote corrected a bad value', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const host = readHostPage(
      hostDocument({ pollingInterval: 'soon', pollingLogInterval: '9000' }),
      {},
      'job-detail',
    );
    expect(host.settings.interval).toBe(POLLING_LIMITS.defaultInterval);
    expect(host.settings.logInterval).toBe(9000);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[job-detail\] /);
  });

  it('offers actions only with both the host’s consent and its CSRF token, sent to the props’ API', () => {
    const csrf = '<meta name="csrf-token" content="t0k3n">';
    expect(readHostPage(hostDocument({}, csrf), {}, 'test').actions).toBeUndefined();
    expect(readHostPage(hostDocument({ jobActions: 'true' }), {}, 'test').actions).toBeUndefined();
    expect(
      readHostPage(hostDocument({ jobActions: 'true' }, csrf), { apiBase: '/api/v1' }, 'test').actions,
    ).toEqual({
      access: { csrfToken: 't0k3n' },
      apiBase: '/api/v1',
    });
  });

  it('shares across tabs unless the host says not to; a prop overrides the page', () => {
    const off = hostDocument({ pollingShareTabs: 'false' });
    expect(readHostPage(off, {}, 'test').share).toBeUndefined();
    expect(readHostPage(off, { shareTabs: true }, 'test').share).toBeTypeOf('function');
    expect(readHostPage(hostDocument(), { shareTabs: false }, 'test').share).toBeUndefined();
  });

  it('finds the host’s own #connection-status in the page it is mounted in', () => {
    const doc = hostDocument();
    const indicator = doc.createElement('span');
    indicator.id = 'connection-status';
    doc.body.append(indicator);
    expect(readHostPage(doc, {}, 'test').hostIndicator).toBe(indicator);
  });
});
