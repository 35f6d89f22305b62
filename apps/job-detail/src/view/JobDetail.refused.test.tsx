import { screen, within } from '@solidjs/testing-library';
import { formatTimestamp } from '@vpo-live/vpo-api';
import { buildJob, buildLogLines } from '@vpo-live/vpo-api/testing';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { advance, settle } from '../testing/apiHarness.ts';
import { usePageHarness } from '../testing/usePageHarness.ts';
import { mountForTest, setVisibility } from '../testing/mountForTest.ts';

const api = usePageHarness();

/** A 401 without a `WWW-Authenticate` challenge (so no browser sign-in dialog), on every API route. */
const refuseAll = () =>
  http.get('*/api/*', () => new HttpResponse('Unauthorized', { status: 401 }), { once: false });

function runningJob() {
  const job = buildJob({
    status: 'running',
    started_at: formatTimestamp(Date.now() - 10_000),
    file_path: '/media/refused.mkv',
    progress_percent: 40,
  });
  api.store.insertJob(job);
  api.store.appendLog(job.id, buildLogLines(12, { jobId: job.id }));
  return job;
}

const badge = () => document.querySelector('.vpo-badge');

/** A page that showed the running job, then was refused by the server. */
async function refusedPage() {
  const job = runningJob();
  const page = mountForTest(job.id);
  await settle();
  expect(badge()).toHaveTextContent('Running');
  api.server.use(refuseAll());
  await advance(4000);
  return { job, page };
}

describe('access refused (401) while a job is shown', () => {
  it('keeps the job and its log on screen, says the server refused access, and stops polling', async () => {
    const { page } = await refusedPage();
    const alert = within(page.el).getByRole('alert');
    expect(alert).toHaveTextContent('Not authorised');
    expect(alert).toHaveTextContent('The server wants a login (401)');
    expect(alert).toHaveTextContent('What you see is the last data received.');
    expect(badge()).toHaveTextContent('Running');
    expect(page.el.querySelector('[data-field="file_path"] dd')).toHaveTextContent('/media/refused.mkv');
    expect(within(page.el).getByTestId('log-count')).toHaveTextContent('12 lines');
    expect(within(page.el).getByRole('status')).toHaveAttribute('data-state', 'terminal');
    expect(within(page.el).queryByText(/Final status/)).toBeNull();

    const before = api.requests.length;
    await advance(60_000, 1000);
    expect(api.requests.length).toBe(before);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('comes back live when the tab is visible again and the server answers normally', async () => {
    const { job, page } = await refusedPage();
    api.server.resetHandlers();
    api.store.updateJob(job.id, { progress_percent: 70 });
    api.store.appendLog(job.id, buildLogLines(3, { from: 13 }));
    setVisibility('hidden');
    setVisibility('visible');
    await settle();

    expect(within(page.el).queryByRole('alert')).toBeNull();
    expect(within(page.el).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '70');
    expect(within(page.el).getByRole('status')).toHaveTextContent('Live');
    expect(within(page.el).getByTestId('log-count')).toHaveTextContent('15 lines');
    // Polling goes on: the next change arrives by itself.
    api.store.updateJob(job.id, { progress_percent: 90 });
    await advance(2000);
    expect(within(page.el).getByRole('progressbar')).toHaveAttribute('aria-valuenow', '90');
  });

  it('tries again with Try again, and stays put while the server still refuses', async () => {
    const { job, page } = await refusedPage();
    const before = api.jobRequests().length;
    within(page.el).getByRole('button', { name: 'Try again' }).click();
    await settle();
    expect(api.jobRequests().length).toBe(before + 1);
    expect(within(page.el).getByRole('alert')).toHaveTextContent('Not authorised');
    expect(badge()).toHaveTextContent('Running');

    api.server.resetHandlers();
    api.store.updateJob(job.id, { status: 'queued' });
    within(page.el).getByRole('button', { name: 'Try again' }).click();
    await settle();
    expect(within(page.el).queryByRole('alert')).toBeNull();
    expect(badge()).toHaveTextContent('Queued');
  });
});

describe('access refused (401) on the first request', () => {
  it('says Not authorised with Try again, and shows the job once the server lets us in', async () => {
    const job = runningJob();
    api.server.use(refuseAll());
    const page = mountForTest(job.id);
    await settle();
    const alert = within(page.el).getByRole('alert');
    expect(alert).toHaveTextContent('Not authorised');
    expect(alert).not.toHaveTextContent('last data');
    expect(page.el.querySelector('.job-detail__job')).toBeNull();

    api.server.resetHandlers();
    screen.getByRole('button', { name: 'Try again' }).click();
    await settle();
    expect(within(page.el).queryByRole('alert')).toBeNull();
    expect(badge()).toHaveTextContent('Running');
  });
});

describe('a 401 with a Basic challenge, held by the browser on its login prompt', () => {
  /**
   * What a browser does with VPO's 401 when the credentials it stored no longer work: a request with
   * credentials waits on the login prompt (never settles); the same request without them gets the 401.
   */
  const promptingBrowser = () =>
    http.get('*/api/*', async ({ request }) => {
      if (request.credentials === 'omit') {
        return new HttpResponse('Unauthorized', {
          status: 401,
          headers: { 'WWW-Authenticate': 'Basic realm="VPO"' },
        });
      }
      return new Promise<Response>(() => undefined);
    });

  it('stops waiting, says the server wants a login and offers to log in, long before the client’s timeout', async () => {
    const { page } = await refusedPageWith(promptingBrowser);
    const alert = within(page.el).getByRole('alert');
    expect(alert).toHaveTextContent('Not authorised');
    expect(alert).toHaveTextContent('wants a login');
    expect(within(alert).getByRole('button', { name: 'Log in' })).toBeInTheDocument();
    // The job stays on screen, and nothing polls any more.
    expect(badge()).toHaveTextContent('Running');
    const requests = api.requests.length;
    await advance(60_000, 1000);
    expect(api.requests.length).toBe(requests);
  });
});

/** A page that showed the running job, then met `refusal` on its next polls (3 s of stall at most). */
async function refusedPageWith(refusal: () => ReturnType<typeof http.get>) {
  const job = runningJob();
  const page = mountForTest(job.id);
  await settle();
  expect(badge()).toHaveTextContent('Running');
  api.server.use(refusal());
  await advance(2000 + 3000 + 500, 500);
  expect(api.loginChecks.length).toBeGreaterThan(0);
  return { job, page };
}
