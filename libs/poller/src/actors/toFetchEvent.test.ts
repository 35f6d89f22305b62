import { describe, expect, it } from 'vitest';
import { networkFailureEvent, toFetchEvent } from './toFetchEvent.ts';

const timing = { at: 1_000, latencyMs: 20, jitter: 0.5 };

describe('toFetchEvent', () => {
  it('maps each outcome kind to its own event, with the timing', () => {
    expect(toFetchEvent({ kind: 'ok', data: 1, etag: '"e"' }, timing, undefined)).toEqual({
      type: 'FETCH.OK',
      data: 1,
      etag: '"e"',
      terminal: false,
      ...timing,
    });
    expect(toFetchEvent({ kind: 'not-modified' }, timing, undefined).type).toBe('FETCH.NOT_MODIFIED');
    expect(toFetchEvent({ kind: 'gone' }, timing, undefined).type).toBe('FETCH.GONE');
    expect(toFetchEvent({ kind: 'rate-limited', retryAfterMs: 9 }, timing, undefined)).toMatchObject({
      type: 'FETCH.RATE_LIMITED',
      retryAfterMs: 9,
    });
  });

  it('asks isTerminal about new data', () => {
    const event = toFetchEvent(
      { kind: 'ok', data: { status: 'completed' } },
      timing,
      (d) => d.status === 'completed',
    );
    expect(event).toMatchObject({ type: 'FETCH.OK', terminal: true, etag: null });
  });

  it('fills in a missing error', () => {
    expect(toFetchEvent({ kind: 'unauthorized' }, timing, undefined)).toMatchObject({
      type: 'FETCH.UNAUTHORIZED',
      error: { kind: 'unauthorized', status: 401 },
    });
    expect(toFetchEvent({ kind: 'failure' } as never, timing, undefined)).toMatchObject({
      type: 'FETCH.FAILURE',
      error: { kind: 'network' },
    });
  });

  it.each([null, undefined, {}, { kind: 'other' }])('reports %j as a shape failure', (outcome) => {
    expect(toFetchEvent(outcome as never, timing, undefined)).toMatchObject({
      type: 'FETCH.FAILURE',
      error: { kind: 'shape' },
    });
  });

  it('describes a thrown value as a network failure', () => {
    expect(networkFailureEvent(new TypeError('Failed to fetch'), timing)).toMatchObject({
      error: { kind: 'network', message: 'Failed to fetch' },
    });
    expect(networkFailureEvent('reset', timing)).toMatchObject({ error: { message: 'reset' } });
    expect(networkFailureEvent(42, timing)).toMatchObject({ error: { message: 'Request failed' } });
  });
});
