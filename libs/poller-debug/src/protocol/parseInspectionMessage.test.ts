// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { disposeOf, heartbeatOf, sourceOf, stepOf } from '../testing/inspectionMessages.ts';
import { parseInspectionMessage } from './parseInspectionMessage.ts';

describe('parseInspectionMessage', () => {
  it('accepts every message kind of this version', () => {
    const step = stepOf(sourceOf(1), 0);
    expect(parseInspectionMessage(step)).toEqual(step);
    expect(parseInspectionMessage(heartbeatOf('p', ['p/x:1'], 5, 2))).toEqual(
      heartbeatOf('p', ['p/x:1'], 5, 2),
    );
    expect(parseInspectionMessage(disposeOf(sourceOf(1), 3))).toEqual(disposeOf(sourceOf(1), 3));
    expect(parseInspectionMessage({ v: 1, kind: 'discover', at: 1 })).toEqual({
      v: 1,
      kind: 'discover',
      at: 1,
    });
  });

  it('returns null for anything else, never throwing', () => {
    const step = stepOf(sourceOf(1), 0);
    for (const bad of [
      null,
      'text',
      42,
      [],
      { ...step, v: 2 },
      { ...step, kind: 'unknown' },
      { ...step, source: { ...step.source, pollerId: '' } },
      { ...step, seq: Number.NaN },
      { ...step, event: { detail: {} } },
      { ...step, context: 'x' },
      { ...step, transitions: [{ source: 'a', eventType: 'E', targets: [1] }] },
      heartbeatOf('p', [3 as unknown as string]),
      { v: 1, kind: 'discover' },
    ]) {
      expect(parseInspectionMessage(bad)).toBeNull();
    }
  });

  it('bounds what it keeps from another page: long ids cut, big contexts summarized', () => {
    const step = stepOf(sourceOf(1, { resource: 'r'.repeat(5000) }), 0, {
      context: { list: Array.from({ length: 1000 }, (_, i) => i) },
    });
    const parsed = parseInspectionMessage(step);
    expect(parsed?.kind === 'step' && parsed.source.resource.length).toBe(300);
    expect(parsed?.kind === 'step' && (parsed.context.list as unknown[]).length).toBeLessThan(60);
  });
});
