import { render, screen, waitFor } from '@solidjs/testing-library';
import { toJobDetail, type JobDetail, type JobStatus } from '@vpo-live/vpo-api';
import { buildJob } from '@vpo-live/vpo-api/fixtures';
import { createFakeJobStore, createJobsApiHandlers } from '@vpo-live/vpo-api/testing';
import { setupServer } from 'msw/node';
import { createSignal } from 'solid-js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { JobActions } from './JobActions.tsx';

const BASE = 'http://vpo.test';
const TOKEN = 'page-token';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function page(status: JobStatus, token = TOKEN) {
  const seed = buildJob({ status, job_type: 'transcode' });
  const store = createFakeJobStore({ data: { jobs: [seed] } });
  server.use(...createJobsApiHandlers(store, { baseUrl: BASE, csrfToken: TOKEN }));
  const [job, setJob] = createSignal(toJobDetail(seed, false));
  const onChanged = vi.fn(() => {
    const now = store.getJob(seed.id);
    if (now) setJob(toJobDetail(now, false));
  });
  const announce = vi.fn();
  const onDone = vi.fn();
  render(() => (
    <JobActions
      job={job()}
      access={{ csrfToken: token }}
      apiBase={`${BASE}/api`}
      onChanged={onChanged}
      announce={announce}
      onDone={onDone}
    />
  ));
  return { seed, store, onChanged, announce, onDone };
}

const confirm = async (label: string) => {
  screen.getByRole('button', { name: label }).click();
  const question = screen.getByRole('group', { name: /\?/ });
  question.querySelector('button')!.click();
};

describe('JobActions', () => {
  it.each([
    ['queued', ['Cancel job', 'Delete']],
    ['running', ['Cancel job']],
    ['completed', ['Delete']],
    ['failed', ['Retry', 'Delete']],
    ['cancelled', ['Retry', 'Delete']],
  ] as const)('offers for a %s job: %j', (status, labels) => {
    page(status);
    const buttons = screen.getAllByRole('button').map((button) => button.textContent);
    expect(buttons).toEqual(labels);
  });

  it('names the job in the question, cancels on confirmation, announces it and refreshes at once', async () => {
    const { seed, store, onChanged, announce } = page('running');
    screen.getByRole('button', { name: 'Cancel job' }).click();
    expect(screen.getByRole('group', { name: /\?/ })).toHaveAccessibleName(
      `Cancel transcode job ${seed.id.slice(0, 8)}? A running job stops within a second.`,
    );
    screen.getByRole('group', { name: /\?/ }).querySelector('button')!.click();
    await waitFor(() => expect(announce).toHaveBeenCalledWith('Job cancelled.'));
    expect(store.getJob(seed.id)?.status).toBe('cancelled');
    expect(onChanged).toHaveBeenCalledTimes(1);
    // The job is cancelled now: Retry and Delete are what it offers.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument());
  });

  it("shows a refusal in place, in the server's words, and still refreshes", async () => {
    const { seed, store, onChanged, announce, onDone } = page('failed', 'stale-token');
    await confirm('Retry');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not retry this job: Invalid CSRF token');
    expect(store.getJob(seed.id)?.status).toBe('failed');
    expect(announce).not.toHaveBeenCalled();
    expect(onDone).not.toHaveBeenCalled();
    expect(onChanged).toHaveBeenCalledTimes(1);
  });

  it('deletes on confirmation and tells the page it was done here', async () => {
    const { seed, store, announce, onDone } = page('failed');
    await confirm('Delete');
    await waitFor(() => expect(announce).toHaveBeenCalledWith('Job deleted.'));
    expect(store.getJob(seed.id)).toBeUndefined();
    expect(onDone).toHaveBeenCalledWith('delete');
  });

  it('offers nothing for a status it does not know', () => {
    const seed = buildJob({ status: 'running' });
    render(() => (
      <JobActions
        job={{ ...toJobDetail(seed, false), status: 'paused-by-newer-vpo' as JobDetail['status'] }}
        access={{ csrfToken: TOKEN }}
        apiBase="/api"
        onChanged={() => undefined}
        announce={() => undefined}
      />
    ));
    expect(screen.queryByRole('group', { name: 'Job actions' })).toBeNull();
  });
});
