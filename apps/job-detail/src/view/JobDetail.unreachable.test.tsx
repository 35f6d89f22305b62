import { screen, within } from '@solidjs/testing-library';
import { formatTimestamp } from '@vpo-live/vpo-api';
import { buildJob, faults } from '@vpo-live/vpo-api/testing';
import { describe, expect, it } from 'vitest';
import { advance, settle } from '../testing/apiHarness.ts';
import { usePageHarness } from '../testing/usePageHarness.ts';
import { mountForTest } from '../testing/mountForTest.ts';

const api = usePageHarness();

const banner = () => screen.getByTestId('unreachable-banner');
const retry = () => screen.queryByRole('button', { name: 'Retry' });

function runningJob() {
  const job = buildJob({ status: 'running', started_at: formatTimestamp(Date.now() - 10_000) });
  api.store.insertJob(job);
  return job;
}

describe('the server cannot be reached', () => {
  it('says so with a countdown to the next try, and leaves when the server answers again', async () => {
    const job = runningJob();
    mountForTest(job.id);
    await settle();
    expect(retry()).toBeNull();

    api.server.use(faults.networkError());
    await advance(2000);
    expect(banner()).toHaveTextContent(/^Cannot reach the server — next try in \d s/);
    // Offline, backing off; the countdown follows the page's clock second by second.
    await advance(6000);
    const seconds = () => Number(/next try in (\d+) s/.exec(banner().textContent ?? '')?.[1]);
    const first = seconds();
    expect(first).toBeGreaterThanOrEqual(2);
    await advance(1000);
    expect(seconds()).toBe(first - 1);

    api.server.resetHandlers();
    await advance(20_000, 500);
    expect(retry()).toBeNull();
    expect(banner().textContent).toBe('');
  });

  it('tries again at once on Retry', async () => {
    const job = runningJob();
    mountForTest(job.id);
    await settle();
    api.server.use(faults.networkError());
    await advance(6000);
    expect(retry()).not.toBeNull();
    api.server.resetHandlers();
    const before = api.jobRequests().length;
    retry()?.click();
    await settle();
    expect(api.jobRequests().length).toBeGreaterThan(before);
    expect(retry()).toBeNull();
  });

  it('is not shown while the server asks us to slow down', async () => {
    const job = runningJob();
    const page = mountForTest(job.id);
    await settle();
    api.server.use(faults.rateLimited());
    await advance(2000);
    expect(within(page.el).getByRole('status')).toHaveTextContent('Slowed down');
    expect(retry()).toBeNull();
  });

  it('is shown while the first load fails, above "Loading job…"', async () => {
    const job = runningJob();
    api.server.use(faults.networkError());
    mountForTest(job.id);
    await settle();
    expect(banner()).toHaveTextContent('Cannot reach the server');
    expect(screen.getByText('Loading job…')).toBeInTheDocument();
  });
});
