import { describe, expect, it } from 'vitest';
import { basicAuthHeader, isAuthEnabled, isAuthorized } from './basicAuth.ts';

const encode = (text: string) => `Basic ${Buffer.from(text, 'utf8').toString('base64')}`;

describe('isAuthorized', () => {
  it('accepts the token as the password under any user name', () => {
    for (const user of ['vpo', 'anyone', '']) {
      expect(isAuthorized(basicAuthHeader('s3cret', user), 's3cret'), user).toBe(true);
    }
    expect(isAuthorized(encode('x:pass:with:colons'), 'pass:with:colons')).toBe(true);
    expect(isAuthorized(basicAuthHeader('pässwört'), 'pässwört')).toBe(true);
  });

  it.each([
    ['a wrong password', encode('s3cret:wrong')],
    ['a longer password', encode('x:s3cret2')],
    ['a shorter password', encode('x:s3cre')],
    ['another scheme', 'Bearer s3cret'],
    ['no credentials after the scheme', 'Basic'],
    ['text that is not base64', 'Basic !!!'],
    ['no colon', encode('no-colon')],
    ['invalid UTF-8', `Basic ${Buffer.from([0x78, 0x3a, 0xff]).toString('base64')}`],
  ])('refuses %s', (_name, header) => {
    expect(isAuthorized(header, 's3cret')).toBe(false);
  });

  it('refuses a missing header', () => {
    expect(isAuthorized(undefined, 's3cret')).toBe(false);
    expect(isAuthorized(null, 's3cret')).toBe(false);
  });
});

describe('isAuthEnabled', () => {
  it('is off for a missing, empty or blank token (VPO)', () => {
    expect([undefined, null, '', '  '].map(isAuthEnabled)).toEqual([false, false, false, false]);
    expect(isAuthEnabled('s3cret')).toBe(true);
  });
});
