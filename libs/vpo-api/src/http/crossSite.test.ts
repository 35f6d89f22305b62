import { describe, expect, it } from 'vitest';
import { isCrossSite } from './crossSite.ts';

describe('isCrossSite', () => {
  it.each([
    [{ secFetchSite: 'same-origin' }, false],
    [{ secFetchSite: 'same-site' }, true],
    [{ secFetchSite: 'cross-site' }, true],
    [{ secFetchSite: 'none' }, true],
    // The browser's word wins over an Origin that happens to match.
    [{ secFetchSite: 'cross-site', origin: 'http://vpo.lan:8321', host: 'vpo.lan:8321' }, true],
    [{ origin: 'http://vpo.lan:8321', host: 'vpo.lan:8321' }, false],
    [{ origin: 'http://evil.example', host: 'vpo.lan:8321' }, true],
    [{ origin: 'http://vpo.lan:9999', host: 'vpo.lan:8321' }, true],
    [{ origin: 'null', host: 'vpo.lan:8321' }, true],
    [{ origin: '%%%', host: 'vpo.lan:8321' }, true],
    [{}, false],
    [{ secFetchSite: null, origin: null, host: 'vpo.lan' }, false],
  ])('%j → %s', (headers, crossSite) => {
    expect(isCrossSite(headers)).toBe(crossSite);
  });
});
