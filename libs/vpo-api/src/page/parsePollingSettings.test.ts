import { describe, expect, it } from 'vitest';
import { parsePollingSettings } from './parsePollingSettings.ts';

const DEFAULTS = { interval: 5000, enabled: true, logInterval: 15000 };

/** A `<body>` as VPO renders it, reduced to what the parser reads. */
function body(attributes: Record<string, string>): { dataset: Record<string, string> } {
  return { dataset: attributes };
}

describe('parsePollingSettings', () => {
  it.each([
    // [case, dataset, expected settings, number of warnings]
    [
      'VPO defaults',
      { pollingInterval: '5000', pollingEnabled: 'true', pollingLogInterval: '15000' },
      DEFAULTS,
      0,
    ],
    ['a custom interval', { pollingInterval: '3000' }, { ...DEFAULTS, interval: 3000 }, 0],
    ['the shortest interval', { pollingInterval: '2000' }, { ...DEFAULTS, interval: 2000 }, 0],
    [
      'the longest interval',
      { pollingInterval: '60000' },
      { ...DEFAULTS, interval: 60000, logInterval: 60000 },
      0,
    ],
    ['"abc"', { pollingInterval: 'abc' }, DEFAULTS, 1],
    ['an empty attribute', { pollingInterval: '' }, DEFAULTS, 1],
    ['whitespace', { pollingInterval: '   ' }, DEFAULTS, 1],
    ['"-5" (below the range)', { pollingInterval: '-5' }, { ...DEFAULTS, interval: 2000 }, 1],
    [
      '"1e9" (above the range)',
      { pollingInterval: '1e9' },
      { ...DEFAULTS, interval: 60000, logInterval: 60000 },
      1,
    ],
    ['"Infinity"', { pollingInterval: 'Infinity' }, DEFAULTS, 1],
    ['a fraction', { pollingInterval: '2500.4' }, { ...DEFAULTS, interval: 2500 }, 0],
    ['padded digits', { pollingInterval: ' 4000 ' }, { ...DEFAULTS, interval: 4000 }, 0],
    ['disabled', { pollingEnabled: 'false' }, { ...DEFAULTS, enabled: false }, 0],
    ['disabled in capitals', { pollingEnabled: 'FALSE' }, { ...DEFAULTS, enabled: false }, 0],
    ['enabled as garbage', { pollingEnabled: 'nope' }, DEFAULTS, 1],
    [
      'log interval below the interval',
      { pollingInterval: '20000', pollingLogInterval: '10000' },
      { ...DEFAULTS, interval: 20000, logInterval: 20000 },
      1,
    ],
    ['log interval garbage', { pollingLogInterval: 'x' }, DEFAULTS, 1],
    ['log interval huge', { pollingLogInterval: '99999999' }, { ...DEFAULTS, logInterval: 300000 }, 1],
  ])('reads %s from <body data-polling-*>', (_case, dataset, expected, warningCount) => {
    const { settings, warnings } = parsePollingSettings(body(dataset));
    expect(settings).toEqual(expected);
    expect(warnings).toHaveLength(warningCount);
  });

  it('reads the dataset object itself', () => {
    expect(parsePollingSettings({ pollingInterval: '8000', pollingEnabled: 'false' }).settings).toEqual({
      interval: 8000,
      enabled: false,
      logInterval: 15000,
    });
  });

  it('reads a plain settings object with numbers, strings and booleans', () => {
    expect(parsePollingSettings({ interval: 4000, enabled: false, logInterval: '20000' }).settings).toEqual({
      interval: 4000,
      enabled: false,
      logInterval: 20000,
    });
  });

  it('treats NaN and non-finite numbers as missing values, with a warning', () => {
    const { settings, warnings } = parsePollingSettings({ interval: Number.NaN, logInterval: Infinity });
    expect(settings).toEqual(DEFAULTS);
    expect(warnings).toHaveLength(2);
  });

  it.each([null, undefined])('gives the defaults and a warning for a missing body (%s)', (source) => {
    const { settings, warnings } = parsePollingSettings(source);
    expect(settings).toEqual(DEFAULTS);
    expect(warnings).toEqual([expect.stringContaining('missing <body>')]);
  });

  it('takes absent attributes silently as defaults', () => {
    expect(parsePollingSettings(body({}))).toEqual({ settings: DEFAULTS, warnings: [] });
  });

  it('names the offending value in the warning', () => {
    const { warnings } = parsePollingSettings(body({ pollingInterval: '-5' }));
    expect(warnings[0]).toMatch(/interval -5 ms is outside 2000–60000 ms; using 2000 ms/);
  });

  it('never throws, whatever it is given', () => {
    const odd: unknown[] = [
      42,
      'text',
      [],
      { dataset: null },
      { interval: {} },
      { interval: Symbol.iterator },
    ];
    for (const source of odd) {
      expect(() => parsePollingSettings(source as never)).not.toThrow();
      const { settings } = parsePollingSettings(source as never);
      expect(settings.interval).toBeGreaterThanOrEqual(2000);
      expect(settings.logInterval).toBeGreaterThanOrEqual(settings.interval);
    }
  });
});
