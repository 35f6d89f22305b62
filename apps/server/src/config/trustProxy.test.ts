import { describe, expect, it } from 'vitest';
import { parseServerConfig } from './serverConfig.ts';
import { readTrustProxy } from './trustProxy.ts';

describe('trustProxy', () => {
  it.each([
    [undefined, false],
    [true, true],
    ['true', true],
    [' ON ', true],
    ['false', false],
    ['off', false],
    ['', false],
    ['127.0.0.1', ['127.0.0.1']],
    ['10.0.0.1, 192.168.0.0/16 ,::1', ['10.0.0.1', '192.168.0.0/16', '::1']],
    ['loopback,uniquelocal', ['loopback', 'uniquelocal']],
    [
      ['fd00::/8', '172.16.0.0/12'],
      ['fd00::/8', '172.16.0.0/12'],
    ],
  ])('reads %j as %j', (input, expected) => {
    expect(parseServerConfig({ trustProxy: input }).trustProxy).toEqual(expected);
  });

  it.each([
    ['1', /hop count \('1'\) is not supported/],
    [2, /hop count \('2'\) is not supported/],
    ['10.0.0.256', /'10\.0\.0\.256' is not an address or CIDR range/],
    ['10.0.0.0/33', /'10\.0\.0\.0\/33' has a prefix length outside 0–32/],
    ['::1/129', /outside 0–128/],
    ['proxy.local', /'proxy\.local' is not an address/],
    ['10.0.0.1/8/8', /not an address or CIDR range/],
    [{}, /must be true, false, or the proxies’ addresses/],
  ])('refuses %j with one line naming the field', (input, reason) => {
    expect(() => parseServerConfig({ trustProxy: input })).toThrow(/^invalid config trustProxy: /);
    expect(() => parseServerConfig({ trustProxy: input })).toThrow(reason);
  });

  it('never throws itself: a problem is a reason', () => {
    expect(readTrustProxy('nope')).toMatch(/^'nope' is not an address/);
  });
});
