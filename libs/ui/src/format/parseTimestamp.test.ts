import { describe, expect, it } from 'vitest';
import { parseTimestamp } from './parseTimestamp.ts';

describe('parseTimestamp', () => {
  it('reads Python isoformat with microseconds and an offset', () => {
    expect(parseTimestamp('2026-02-01T10:00:00.123456+00:00')).toBe(Date.UTC(2026, 1, 1, 10, 0, 0, 123));
  });

  it('reads a Z suffix and a non-UTC offset', () => {
    expect(parseTimestamp('2026-02-01T10:00:00Z')).toBe(Date.UTC(2026, 1, 1, 10));
    expect(parseTimestamp('2026-02-01T12:00:00+02:00')).toBe(Date.UTC(2026, 1, 1, 10));
    expect(parseTimestamp('2026-02-01T12:00:00+0200')).toBe(Date.UTC(2026, 1, 1, 10));
  });

  it('reads a zone-less value as UTC, since VPO stores UTC', () => {
    expect(parseTimestamp('2026-02-01 10:00:00.5')).toBe(Date.UTC(2026, 1, 1, 10, 0, 0, 500));
  });

  it('returns null for garbage instead of an Invalid Date', () => {
    for (const bad of ['', 'yesterday', '2026-13-45T99:00:00Z', null, undefined]) {
      expect(parseTimestamp(bad)).toBeNull();
    }
  });
});
