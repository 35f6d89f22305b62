import { describe, expect, it } from 'vitest';
import { readPollingConfig } from './readPollingConfig.ts';

describe('readPollingConfig', () => {
  it('reads the settings from the body of the given document', () => {
    const doc = { body: { dataset: { pollingInterval: '7000', pollingLogInterval: '21000' } } };
    expect(readPollingConfig(doc).config).toEqual({ interval: 7000, enabled: true, logInterval: 21000 });
  });

  it('falls back to the defaults with a warning when there is no body', () => {
    const { config, warnings } = readPollingConfig({ body: null });
    expect(config).toEqual({ interval: 5000, enabled: true, logInterval: 15000 });
    expect(warnings).toHaveLength(1);
  });

  it('falls back to the defaults with a warning when there is no document at all', () => {
    // The unit tests run in Node, where globalThis.document does not exist.
    const { config, warnings } = readPollingConfig();
    expect(config.interval).toBe(5000);
    expect(warnings).toHaveLength(1);
  });
});
