import { screen, within } from '@solidjs/testing-library';
import { formatTimestamp } from '@vpo-live/vpo-api';
import { buildJob, buildLogLines, faults } from '@vpo-live/vpo-api/testing';
import { describe, expect, it, vi } from 'vitest';
import { advance, settle } from '../testing/apiHarness.ts';
import { usePageHarness } from '../testing/usePageHarness.ts';
import { mountForTest, setVisibility } from '../testing/mountForTest.ts';

const api = usePageHarness();

function runningJob(overrides: Parameters<typeof buildJob>[0] = {}) {
  const job = buildJob({
    status: 'running',
    started_at: formatTimestamp(Date.now() - 10_000),
    progress_percent: 40,
    processed_count: 40,
    total_count: 100,
    ...overrides,
  });
  api.store.insertJob(job);
  api.store.appendLog(job.id, buildLogLines(30, { jobId: job.id }));
  return job;
}

const badge = () => document.querySelector('.vpo-badge');

const finish = (id: string, status: 'completed' | 'failed' | 'cancelled' = 'completed') =>
  api.store.updateJob(id, { status, completed_at: formatTimestamp(Date.now()), progress_percent: 100 });

describe('a job that finishes', () => {
  it('fetches the job and the rest of the log once more, then leaves no timer running', async () => {
    const job = runningJob();
    const page = mountForTest(job.id);
    await settle();
    expect(badge()).toHaveTextContent('Running');

    // The last lines are written just before the status flips, as a job's footer is.
    api.store.appendLog(job.id, buildLogLines(5, { from: 31 }));
    finish(job.id);
    await advance(2000);

    expect(badge()).toHaveTextContent('Completed');
    expect(within(page.el).getByTestId('log-count')).toHaveTextContent('35 lines');
    expect(vi.getTimerCount()).toBe(0);

    const before = api.requests.length;
    await advance(60_000, 1000);
    expect(api.requests.length).toBe(before);
  });

  it('announces the end politely and says updates stopped', async () => {
    const job = runningJob();
    mountForTest(job.id);
    await settle();
    finish(job.id, 'failed');
    await advance(2000);
    expect(screen.getByTestId('live-region')).toHaveTextContent('Job failed.');
    expect(screen.getByText(/Final status, checked/)).toBeInTheDocument();
  });

  it('stops at once for a job that was already finished when the page opened', async () => {
    const job = buildJob({
      status: 'completed',
      completed_at: formatTimestamp(Date.now() - 5000),
      progress_percent: 100,
    });
    api.store.insertJob(job);
    api.store.appendLog(job.id, buildLogLines(2500, { jobId: job.id }));
    const page = mountForTest(job.id);
    await settle(30);
    expect(within(page.el).getByTestId('log-count')).toHaveTextContent('2,500 lines');
    expect(vi.getTimerCount()).toBe(0);
    expect(api.jobRequests()).toHaveLength(1);
  });
});

describe('a finished job that is re-queued (VPO retry)', () => {
  it('is picked up when the tab becomes visible again, and polling resumes', async () => {
    const job = runningJob();
    mountForTest(job.id);
    await settle();
    finish(job.id, 'failed');
    await advance(2000);
    expect(vi.getTimerCount()).toBe(0);

    api.store.updateJob(job.id, { status: 'queued', completed_at: null, progress_percent: 0 });
    setVisibility('hidden');
    await advance(500);
    setVisibility('visible');
    await settle();

    expect(badge()).toHaveTextContent('Queued');
    expect(screen.getByTestId('live-region')).toHaveTextContent('re-queued');
    expect(vi.getTimerCount()).toBeGreaterThan(0);

    // Running again: the new lines of the retry reach the log.
    api.store.updateJob(job.id, { status: 'running', started_at: formatTimestamp(Date.now()) });
    api.store.appendLog(job.id, buildLogLines(3, { from: 31 }));
    await advance(4000);
    expect(badge()).toHaveTextContent('Running');
    expect(screen.getByTestId('log-count')).toHaveTextContent('33 lines');
  });

  it('is picked up when Refresh is pressed', async () => {
    const job = runningJob();
    mountForTest(job.id);
    await settle();
    finish(job.id, 'cancelled');
    await advance(2000);
    expect(vi.getTimerCount()).toBe(0);

    api.store.updateJob(job.id, { status: 'queued', completed_at: null });
    screen.getByRole('button', { name: /refresh/i }).click();
    await settle();
    expect(badge()).toHaveTextContent('Queued');
    expect(vi.getTimerCount()).toBeGreaterThan(0);
  });

  it('stays stopped when the visible tab finds the job still finished', async () => {
    const job = runningJob();
    mountForTest(job.id);
    await settle();
    finish(job.id);
    await advance(2000);
    setVisibility('hidden');
    setVisibility('visible');
    await settle();
    expect(badge()).toHaveTextContent('Completed');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('a job deleted while viewed', () => {
  it('says it no longer exists, links back to the list, and stops polling', async () => {
    const job = runningJob();
    mountForTest(job.id);
    await settle();
    api.store.deleteJob(job.id);
    await advance(2000);

    expect(screen.getByRole('heading', { name: 'This job no longer exists' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to jobs' })).toHaveAttribute('href', '/jobs');
    expect(vi.getTimerCount()).toBe(0);

    const before = api.requests.length;
    setVisibility('hidden');
    setVisibility('visible');
    await advance(30_000, 1000);
    expect(api.requests.length).toBe(before);
  });

  it('says so at once for an id the server does not know', async () => {
    mountForTest('00000000-0000-4000-8000-00000000ffff');
    await settle();
    expect(screen.getByText('This job no longer exists')).toBeInTheDocument();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('a malformed id', () => {
  it('shows a clear message and sends nothing', async () => {
    mountForTest('not-a-job-id');
    await advance(10_000);
    expect(screen.getByRole('heading', { name: 'This is not a valid job id' })).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('leaving the page', () => {
  it('unmount stops every poller, timer and listener', async () => {
    const job = runningJob();
    const page = mountForTest(job.id);
    await settle();
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    page.unmount();
    expect(vi.getTimerCount()).toBe(0);
    const before = api.requests.length;
    setVisibility('hidden');
    setVisibility('visible');
    await advance(30_000, 1000);
    expect(api.requests.length).toBe(before);
  });
});

describe('polling disabled by the host', () => {
  it('still reads a long log to its end once', async () => {
    const job = runningJob();
    api.store.appendLog(job.id, buildLogLines(2500, { from: 31 }));
    mountForTest(job.id, { enabled: false });
    await settle(20);
    expect(screen.getByTestId('log-count')).toHaveTextContent('2,530 lines');
    const before = api.requests.length;
    await advance(30_000, 1000);
    expect(api.requests.length).toBe(before);
  });

  it('shows the job and its log once, then polls nothing', async () => {
    const job = runningJob();
    mountForTest(job.id, { enabled: false });
    await settle();
    expect(badge()).toHaveTextContent('Running');
    expect(screen.getByTestId('log-count')).toHaveTextContent('30 lines');
    const before = api.requests.length;
    await advance(60_000, 1000);
    expect(api.requests.length).toBe(before);
  });
});

describe('the connection indicator', () => {
  it('drives the host page’s #connection-status instead of rendering its own', async () => {
    const header = document.createElement('span');
    header.id = 'connection-status';
    header.setAttribute('role', 'status');
    document.body.append(header);
    try {
      const job = runningJob();
      const page = mountForTest(job.id);
      await settle();
      expect(header).toHaveTextContent('Live');
      expect(header.dataset.state).toBe('connected');
      expect(within(page.el).queryByText('Live')).toBeNull();
    } finally {
      header.remove();
    }
  });

  it('shows Reconnecting, then Offline, while the server fails, and Live again after', async () => {
    const job = runningJob();
    const page = mountForTest(job.id);
    await settle();
    const status = within(page.el).getByRole('status');
    expect(status).toHaveTextContent('Live');
    api.server.use(faults.networkError());
    await advance(2000);
    expect(status).toHaveTextContent('Reconnecting');
    await advance(4000);
    expect(within(page.el).getByRole('status')).toHaveTextContent('Offline');
    api.server.resetHandlers();
    await advance(20_000, 500);
    expect(within(page.el).getByRole('status')).toHaveTextContent('Live');
  });
});
