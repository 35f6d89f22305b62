import { describe, expect, it } from 'vitest';
import { readPollingSettings } from './readPollingSettings.ts';

describe('readPollingSettings', () => {
  it('reads the settings from the body of the given document', () => {
    const doc = { body: { dataset: { pollingInterval: '7000', pollingLogInterval: '21000' } } };
    expect(readPollingSettings(doc).settings).toEqual({ interval: 7000, enabled: true, logInterval: 21000 });
  });

  it('falls back to the defaults with a warning when there is no body', () => {
    const { settings, warnings } = readPollingSettings({ body: null });
    expect(settings).toEqual({ interval: 5000, enabled: true, logInterval: 15000 });
    expect(warnings).toHaveLength(1);
  });

  it('falls back to the defaults with a warning when there is no document at all', () => {
    // The unit tests run in Node, where globalThis.document does not exist.
    const { settings, warnings } = readPollingSettings();
    expect(settings.interval).toBe(5000);
    expect(warnings).toHaveLength(1);
  });

  it('takes each value from the overrides when given, else from the body, field by field', () => {
    const doc = {
      body: { dataset: { pollingInterval: '7000', pollingEnabled: 'false', pollingLogInterval: '21000' } },
    };
    expect(readPollingSettings(doc, { interval: 3000 }).settings).toEqual({
      interval: 3000,
      enabled: false,
      logInterval: 21000,
    });
    expect(readPollingSettings(doc, { enabled: true, logInterval: undefined }).settings).toEqual({
      interval: 7000,
      enabled: true,
      logInterval: 21000,
    });
  });

  it('reports what it corrected, whichever source the value came from', () => {
    const doc = { body: { dataset: { pollingInterval: 'soon' } } };
    const { settings, warnings } = readPollingSettings(doc, { logInterval: 999_999_999 });
    expect(settings).toEqual({ interval: 5000, enabled: true, logInterval: 300_000 });
    expect(warnings).toHaveLength(2);
  });

  it('needs no body when every value is given', () => {
    const { settings, warnings } = readPollingSettings(
      { body: null },
      { interval: 2000, enabled: true, logInterval: 4000 },
    );
    expect(settings).toEqual({ interval: 2000, enabled: true, logInterval: 4000 });
    expect(warnings).toEqual([]);
  });
});
