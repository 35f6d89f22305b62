import { createRoot } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { createPollingConfig } from './createPollingConfig.ts';

afterEach(() => {
  for (const key of Object.keys(document.body.dataset)) delete document.body.dataset[key];
});

describe('createPollingConfig', () => {
  it("reads the page's <body data-polling-*> when no source is given", () => {
    document.body.dataset.pollingInterval = '3000';
    document.body.dataset.pollingEnabled = 'false';
    const { config, warnings } = createRoot(() => createPollingConfig());
    expect(config()).toEqual({ interval: 3000, enabled: false, logInterval: 15000 });
    expect(warnings()).toEqual([]);
  });

  it('prefers the given source, e.g. mount() props', () => {
    document.body.dataset.pollingInterval = '3000';
    const { config } = createRoot(() => createPollingConfig(() => ({ interval: 9000 })));
    expect(config().interval).toBe(9000);
  });

  it('turns garbage into a valid config with warnings', () => {
    const { config, warnings } = createRoot(() =>
      createPollingConfig(() => ({ interval: 'abc', logInterval: '-1' })),
    );
    expect(config()).toEqual({ interval: 5000, enabled: true, logInterval: 5000 });
    expect(warnings()).toHaveLength(3);
  });
});
