import { describe, expect, it } from 'vitest';
import { networkFailureEvent, toFetchEvent } from './toFetchEvent.ts';

const timing = { at: 1_000, latencyMs: 20, jitter: 0.5 };

describe('toFetchEvent', () => {
  it('maps each outcome kind to its own event, with the timing', () => {
    expect(toFetchEvent({ kind: 'ok', data: 1, etag: '"e"' }, timing, 'k', undefined, undefined)).toEqual({
      type: 'FETCH.OK',
      key: 'k',
      data: 1,
      etag: '"e"',
      terminal: false,
      more: false,
      ...timing,
    });
    expect(toFetchEvent({ kind: 'not-modified' }, timing, 'k', undefined, undefined).type).toBe(
      'FETCH.NOT_MODIFIED',
    );
    expect(toFetchEvent({ kind: 'gone' }, timing, 'k', undefined, undefined).type).toBe('FETCH.GONE');
    expect(
      toFetchEvent({ kind: 'rate-limited', retryAfterMs: 9 }, timing, 'k', undefined, undefined),
    ).toMatchObject({
      type: 'FETCH.RATE_LIMITED',
      retryAfterMs: 9,
    });
  });

  it('asks isTerminal about new data, and about the data a 304 confirms', () => {
    const finished = (d: { status: string }) => d.status === 'completed';
    const event = toFetchEvent(
      { kind: 'ok', data: { status: 'completed' } },
      timing,
      'k',
      undefined,
      finished,
    );
    expect(event).toMatchObject({ type: 'FETCH.OK', terminal: true, etag: null });
    const kept = { status: 'completed' };
    expect(toFetchEvent({ kind: 'not-modified' }, timing, 'k', kept, finished)).toMatchObject({
      type: 'FETCH.NOT_MODIFIED',
      terminal: true,
    });
    expect(toFetchEvent({ kind: 'not-modified' }, timing, 'k', undefined, finished)).toMatchObject({
      terminal: false,
    });
  });

  it('passes on that more is waiting', () => {
    expect(
      toFetchEvent({ kind: 'ok', data: 1, more: true }, timing, 'k', undefined, undefined),
    ).toMatchObject({
      type: 'FETCH.OK',
      more: true,
    });
  });

  it('reports an isTerminal that throws as a shape failure', () => {
    const throws = () => {
      throw new Error('bad');
    };
    expect(toFetchEvent({ kind: 'ok', data: 1 }, timing, 'k', undefined, throws)).toMatchObject({
      type: 'FETCH.FAILURE',
      error: { kind: 'shape', message: 'isTerminal threw: bad' },
    });
  });

  it('fills in a missing error', () => {
    expect(toFetchEvent({ kind: 'unauthorized' }, timing, 'k', undefined, undefined)).toMatchObject({
      type: 'FETCH.UNAUTHORIZED',
      error: { kind: 'unauthorized', status: 401 },
    });
    expect(toFetchEvent({ kind: 'failure' } as never, timing, 'k', undefined, undefined)).toMatchObject({
      type: 'FETCH.FAILURE',
      error: { kind: 'network' },
    });
  });

  it.each([null, undefined, {}, { kind: 'other' }])('reports %j as a shape failure', (outcome) => {
    expect(toFetchEvent(outcome as never, timing, 'k', undefined, undefined)).toMatchObject({
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
