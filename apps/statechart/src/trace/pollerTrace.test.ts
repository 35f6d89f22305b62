// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { disposeOf, sourceOf, stepOf } from '@vpo-live/poller-debug/testing';
import { buildReplay } from './buildReplay.ts';
import { exportTrace, importTrace, MAX_TRACE_BYTES } from './pollerTrace.ts';

const entries = [
  stepOf(sourceOf(1), 0, { value: 'idle', event: 'xstate.init' }),
  stepOf(sourceOf(2, { resource: 'job:abc' }), 0, { value: 'idle' }),
  stepOf(sourceOf(1), 1, { value: { reconnecting: 'waiting' }, context: { errorCount: 1, delayMs: 2000 } }),
  disposeOf(sourceOf(2), 5),
  stepOf(sourceOf(1), 2, { value: { error: 'waiting' }, context: { errorCount: 3, delayMs: 10000 } }),
];

describe('trace export and import', () => {
  it('round-trips every entry unchanged', () => {
    const text = exportTrace(entries, 'poller', 123);
    const result = importTrace(text);
    expect(result).toEqual({
      ok: true,
      skipped: 0,
      trace: { format: 'vpo-live.poller-trace', version: 1, exportedAt: 123, machine: 'poller', entries },
    });
  });

  it('skips and counts invalid entries instead of trusting them', () => {
    const text = JSON.stringify({
      format: 'vpo-live.poller-trace',
      version: 1,
      exportedAt: 1,
      machine: 'poller',
      entries: [entries[0], { kind: 'step' }, 'junk', { v: 1, kind: 'discover', at: 1 }],
    });
    const result = importTrace(text);
    expect(result.ok && result.skipped).toBe(3);
    expect(result.ok && result.trace.entries).toEqual([entries[0]]);
  });

  it('explains what is wrong with a file that is not a trace', () => {
    expect(importTrace('{oops')).toEqual({ ok: false, error: 'The file is not JSON.' });
    expect(importTrace('{"format":"other"}')).toMatchObject({
      ok: false,
      error: expect.stringContaining('not a poller trace'),
    });
    expect(importTrace('{"format":"vpo-live.poller-trace","version":9,"entries":[]}')).toMatchObject({
      ok: false,
      error: expect.stringContaining('version 9'),
    });
    expect(importTrace('{"format":"vpo-live.poller-trace","version":1}')).toMatchObject({ ok: false });
    expect(importTrace(' '.repeat(MAX_TRACE_BYTES + 1))).toMatchObject({
      ok: false,
      error: expect.stringContaining('MB'),
    });
  });
});

describe('buildReplay', () => {
  it('groups steps per poller in order and marks disposed ones gone', () => {
    const pollers = buildReplay(entries);
    expect(pollers.map((p) => p.source.pollerId)).toEqual(['page-1/x:1', 'page-1/x:2']);
    expect(pollers[0]?.steps.map((s) => s.seq)).toEqual([0, 1, 2]);
    expect(pollers[0]).toMatchObject({ status: 'live', latest: { seq: 2 } });
    expect(pollers[1]).toMatchObject({ status: 'gone', goneReason: 'disposed', lastSeenAt: 5 });
  });
});
