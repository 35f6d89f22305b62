import { INSPECTION_CHANNEL, parseInspectionMessage, type InspectionMessage } from '@vpo-live/poller-debug';
import { createFakeChannelHub } from '@vpo-live/poller/testing';
import { buildJobs } from '@vpo-live/vpo-api/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useDashboardHarness } from './testing/dashboardHarness.ts';

const { start } = useDashboardHarness();

const messages = (hub: ReturnType<typeof createFakeChannelHub>): InspectionMessage[] =>
  hub.posted(INSPECTION_CHANNEL).map((raw) => {
    const parsed = parseInspectionMessage(raw);
    if (!parsed) throw new Error(`not an inspection message: ${JSON.stringify(raw)}`);
    return parsed;
  });

afterEach(() => localStorage.removeItem('vpo-live:debug'));

describe('debug inspection', () => {
  it('with ?debug=poller, publishes the job-list poller’s steps and its disposal on unmount', async () => {
    const hub = createFakeChannelHub();
    const { unmount, advance } = await start(buildJobs(2, 1), {
      url: '/jobs?debug=poller',
      debug: { createChannel: hub.factory },
    });
    await advance();
    expect(hub.open()).toBe(1);
    const steps = messages(hub).filter((m) => m.kind === 'step');
    expect(steps.length).toBeGreaterThan(0);
    expect(new Set(steps.map((m) => m.source.resource))).toEqual(new Set(['job-list']));
    expect(steps.map((m) => m.event.type)).toContain('FETCH.OK');
    expect(steps.at(-1)?.source.page).toBe('/jobs?debug=poller');

    unmount();
    expect(messages(hub).filter((m) => m.kind === 'dispose')).toHaveLength(1);
    expect(hub.open()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('is also switched on by localStorage vpo-live:debug = poller', async () => {
    localStorage.setItem('vpo-live:debug', 'poller');
    const hub = createFakeChannelHub();
    await start(buildJobs(1, 1), { debug: { createChannel: hub.factory } });
    expect(messages(hub).some((m) => m.kind === 'step' && m.source.resource === 'job-list')).toBe(true);
  });

  it('creates nothing with debugging off: no channel is opened and nothing is posted', async () => {
    const createChannel = vi.fn(createFakeChannelHub().factory);
    const { root, advance } = await start(buildJobs(2, 1), {
      url: '/jobs?debug=net',
      debug: { createChannel },
    });
    await advance();
    expect(root.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(createChannel).not.toHaveBeenCalled();
  });
});
