import { buildJob } from '@vpo-live/vpo-api/testing';
import { describe, expect, it } from 'vitest';
import { useDashboardHarness } from '../testing/dashboardHarness.ts';

const { start } = useDashboardHarness();

describe('the tab title', () => {
  it('counts the running jobs, follows polls, and is the page’s own again after unmount', async () => {
    document.title = 'Jobs - VPO';
    const a = buildJob({ status: 'running', progress_percent: 10 });
    const b = buildJob({ status: 'running', progress_percent: 20 });
    const { store, advance, unmount } = await start([a, b, buildJob({ status: 'completed' })]);
    expect(document.title).toBe('(2 running) Jobs - VPO');
    store.updateJob(a.id, {
      status: 'completed',
      progress_percent: 100,
      completed_at: '2026-02-01T12:30:01+00:00',
    });
    await advance();
    expect(document.title).toBe('(1 running) Jobs - VPO');
    unmount();
    expect(document.title).toBe('Jobs - VPO');
  });

  it('counts every running job when the view shows only running ones, across pages', async () => {
    document.title = 'Jobs - VPO';
    const running = Array.from({ length: 30 }, () => buildJob({ status: 'running', progress_percent: 5 }));
    await start(running, { url: '/jobs?status=running&limit=25' });
    expect(document.title).toBe('(30 running) Jobs - VPO');
  });
});
