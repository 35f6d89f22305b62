import { describe, expect, it, vi } from 'vitest';
import { formatDateTime } from './formatDateTime.ts';
import { formatDuration } from './formatDuration.ts';
import { formatPercent, roundPercent } from './formatPercent.ts';
import { formatRelativeTime, nextRelativeChange } from './formatRelativeTime.ts';
import { shortId } from './shortId.ts';

const now = Date.UTC(2026, 1, 1, 12);

describe('formatRelativeTime', () => {
  it.each([
    [0, 'just now'],
    [4_999, 'just now'],
    [42_000, '42 s ago'],
    [180_000, '3 min ago'],
    [5 * 3600_000 + 1, '5 h ago'],
    [2 * 86_400_000, '2 d ago'],
  ])('%i ms ago reads %s', (age, text) => {
    expect(formatRelativeTime(now - age, now)).toBe(text);
  });

  it('reads a future time (clock skew) as just now', () => {
    expect(formatRelativeTime(now + 60_000, now)).toBe('just now');
  });
});

describe('nextRelativeChange', () => {
  it.each([
    [0, 5_000],
    [42_300, 43_000],
    [185_000, 240_000],
    [5 * 3600_000 + 1, 6 * 3600_000],
    [2 * 86_400_000 + 7, 3 * 86_400_000],
  ])('at %i ms of age, the text next changes at %i ms', (age, next) => {
    const at = nextRelativeChange(now - age, now);
    expect(at - (now - age)).toBe(next);
    expect(formatRelativeTime(now - age, at - 1)).toBe(formatRelativeTime(now - age, now));
    expect(formatRelativeTime(now - age, at)).not.toBe(formatRelativeTime(now - age, now));
  });

  it('waits until a future time (clock skew) is 5 s old, and forever for an unreadable one', () => {
    expect(nextRelativeChange(now + 60_000, now)).toBe(now + 65_000);
    expect(nextRelativeChange(Number.NaN, now)).toBe(Infinity);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0 s'],
    [45.9, '45 s'],
    [60, '1 min'],
    [200, '3 min 20 s'],
    [7200, '2 h'],
    [7500, '2 h 5 min'],
  ])('%f s reads %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });

  it('shows a dash for unfinished or invalid durations', () => {
    for (const bad of [null, undefined, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(formatDuration(bad)).toBe('—');
    }
  });
});

describe('percent', () => {
  it('rounds and clamps to 0–100', () => {
    expect(roundPercent(45.5)).toBe(46);
    expect(roundPercent(-3)).toBe(0);
    expect(roundPercent(130)).toBe(100);
    expect(roundPercent(Number.NaN)).toBeNull();
    expect(formatPercent(42.7)).toBe('43%');
    expect(formatPercent(null)).toBe('—');
  });
});

describe('shortId and formatDateTime', () => {
  it('keeps the first 8 characters of an id', () => {
    expect(shortId('3f2a9c1e-0000-4000-8000-000000000000')).toBe('3f2a9c1e');
  });

  it('formats in the requested zone and locale', () => {
    const text = formatDateTime(Date.UTC(2026, 1, 1, 10, 5, 9), {
      locale: 'en-GB',
      timeZone: 'Europe/Paris',
    });
    expect(text).toContain('11:05:09');
    expect(text).toContain('2026');
  });

  it('drops seconds and year at minute precision', () => {
    const text = formatDateTime(Date.UTC(2026, 1, 1, 10, 5, 9), {
      locale: 'en-GB',
      timeZone: 'UTC',
      precision: 'minutes',
    });
    expect(text).toContain('10:05');
    expect(text).not.toContain(':09');
    expect(text).not.toContain('2026');
  });

  it('creates one Intl formatter per locale, zone and precision, however many times it formats', () => {
    // A 100-row table formats on every row it creates; constructing a formatter per call is the slow part.
    const Real = Intl.DateTimeFormat;
    const create = vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (
      ...args: ConstructorParameters<typeof Real>
    ) {
      return new Real(...args);
    } as unknown as typeof Real);
    const options = { locale: 'fr-CA', timeZone: 'Asia/Tokyo', precision: 'minutes' } as const;
    for (let minute = 0; minute < 5; minute += 1) formatDateTime(Date.UTC(2026, 1, 1, 10, minute), options);
    formatDateTime(Date.UTC(2026, 1, 1, 10), { ...options, precision: 'seconds' });
    expect(create).toHaveBeenCalledTimes(2);
    create.mockRestore();
  });
});
