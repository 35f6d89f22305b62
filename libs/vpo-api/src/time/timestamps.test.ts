import { describe, expect, it } from 'vitest';
import { durationSeconds, formatTimestamp, parseTimestampMicros } from './timestamps.ts';

describe('formatTimestamp', () => {
  it('writes Python’s isoformat of an aware UTC datetime', () => {
    expect(formatTimestamp(Date.UTC(2026, 1, 1, 10, 0, 0, 123))).toBe('2026-02-01T10:00:00.123000+00:00');
    expect(formatTimestamp(new Date(Date.UTC(2026, 11, 31, 23, 59, 59, 999)))).toBe(
      '2026-12-31T23:59:59.999000+00:00',
    );
    expect(formatTimestamp(Date.UTC(2026, 1, 1, 10, 0, 0, 0) + 0.456)).toBe(
      '2026-02-01T10:00:00.000456+00:00',
    );
  });

  it('leaves the fraction out when it is zero, as Python does', () => {
    expect(formatTimestamp(Date.UTC(2026, 1, 1, 10, 0, 0))).toBe('2026-02-01T10:00:00+00:00');
  });

  it('sorts as text in time order, with or without a fraction', () => {
    const times = [0, 1, 999, 1000, 1000.5, 61_000].map((ms) => formatTimestamp(Date.UTC(2026, 0, 1) + ms));
    expect([...times].sort()).toEqual(times);
  });
});

describe('parseTimestampMicros', () => {
  it('reads Python, Z and naive forms to the microsecond', () => {
    const base = Date.UTC(2026, 1, 1, 10, 0, 0) * 1000;
    expect(parseTimestampMicros('2026-02-01T10:00:00.123456+00:00')).toBe(base + 123_456);
    expect(parseTimestampMicros('2026-02-01T10:00:00Z')).toBe(base);
    expect(parseTimestampMicros('2026-02-01T10:00:00.5Z')).toBe(base + 500_000);
    expect(parseTimestampMicros('2026-02-01 10:00:00')).toBe(base);
    expect(parseTimestampMicros('2026-02-01T12:00:00+02:00')).toBe(base);
    expect(parseTimestampMicros('2026-02-01')).toBe(Date.UTC(2026, 1, 1) * 1000);
  });

  it('rejects what fromisoformat rejects', () => {
    for (const text of [
      '',
      'yesterday',
      '2026-02-30T00:00:00',
      '2026-13-01',
      '2026-02-01T24:00:00',
      '2026-02-01T10:00:00+25:00',
    ]) {
      expect(parseTimestampMicros(text), text).toBeNull();
    }
  });
});

describe('durationSeconds', () => {
  it('truncates to whole seconds with microsecond precision', () => {
    expect(durationSeconds('2026-02-01T10:00:00.000001+00:00', '2026-02-01T10:00:10.000000+00:00')).toBe(9);
    expect(durationSeconds('2026-02-01T10:00:00Z', '2026-02-01T10:01:30.999999Z')).toBe(90);
  });

  it('truncates toward zero when completed_at precedes created_at', () => {
    expect(durationSeconds('2026-02-01T10:00:10.5+00:00', '2026-02-01T10:00:00+00:00')).toBe(-10);
    expect(Object.is(durationSeconds('2026-02-01T10:00:00.5Z', '2026-02-01T10:00:00Z'), 0)).toBe(true);
  });

  it('is null until completed, or when a timestamp cannot be read', () => {
    expect(durationSeconds('2026-02-01T10:00:00Z', null)).toBeNull();
    expect(durationSeconds('garbage', '2026-02-01T10:00:00Z')).toBeNull();
  });
});
