import { screen } from '@solidjs/testing-library';
import { formatTimestamp } from '@vpo-live/vpo-api';
import { buildJob, buildLogLines } from '@vpo-live/vpo-api/testing';
import { describe, expect, it } from 'vitest';
import { advance, settle } from '../testing/apiHarness.ts';
import { mountForTest } from '../testing/mountForTest.ts';
import { usePageHarness } from '../testing/usePageHarness.ts';

const api = usePageHarness();

describe('what the log section says before, during and after a run', () => {
  it('a queued job says it has not started and its log is not read until it runs', async () => {
    const job = buildJob({ status: 'queued', job_type: 'scan', started_at: null, progress_percent: 0 });
    api.store.insertJob(job);
    mountForTest(job.id);
    await advance(10_000, 500);
    expect(screen.getByText(/This job has not started yet/)).toBeInTheDocument();
    expect(screen.queryByRole('log')).toBeNull();
    expect(api.logRequests()).toEqual([]);
    expect(api.requests.filter((url) => url.pathname.endsWith('/errors'))).toEqual([]);

    api.store.updateJob(job.id, { status: 'running', started_at: formatTimestamp(Date.now()) });
    api.store.appendLog(job.id, buildLogLines(12, { jobId: job.id }));
    await advance(2500, 250);
    expect(api.logRequests().length).toBeGreaterThan(0);
    expect(screen.queryByText(/This job has not started yet/)).toBeNull();
    expect(screen.getByTestId('log-count')).toHaveTextContent('12 lines');
  });

  it('a finished job without a log says so, with no empty log box and no Follow', async () => {
    const now = formatTimestamp(Date.now());
    const job = buildJob({ status: 'completed', started_at: now, completed_at: now, progress_percent: 100 });
    api.store.insertJob(job);
    mountForTest(job.id);
    await settle(10);
    expect(screen.getByText('This job wrote no log.')).toBeInTheDocument();
    expect(screen.queryByRole('log')).toBeNull();
    expect(screen.queryByRole('checkbox', { name: 'Follow' })).toBeNull();
  });

  it('a finished job with a log offers no Follow, but everything else', async () => {
    const now = formatTimestamp(Date.now());
    const job = buildJob({ status: 'failed', started_at: now, completed_at: now, progress_percent: 40 });
    api.store.insertJob(job);
    api.store.appendLog(job.id, buildLogLines(30, { jobId: job.id }));
    mountForTest(job.id);
    await settle(10);
    expect(screen.getByRole('log')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Follow' })).toBeNull();
    expect(screen.getByRole('searchbox', { name: 'Search the log' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download' })).toBeEnabled();
  });
});
