import { describe, expect, it } from 'vitest';
import { readShareTabs } from './readShareTabs.ts';

const page = (value?: string) => ({
  body: { dataset: value === undefined ? {} : { pollingShareTabs: value } },
});

describe('readShareTabs', () => {
  it('shares unless the page or the mount says no', () => {
    expect(readShareTabs(page())).toBe(true);
    expect(readShareTabs(page('true'))).toBe(true);
    expect(readShareTabs(page(' FALSE '))).toBe(false);
    expect(readShareTabs(page('false'), true)).toBe(true);
    expect(readShareTabs(page(), false)).toBe(false);
    expect(readShareTabs(null)).toBe(true);
  });
});
