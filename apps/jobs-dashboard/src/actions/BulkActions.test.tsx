import { render, screen, waitFor } from '@solidjs/testing-library';
import { toJobListItem, type JobStatus } from '@vpo-live/vpo-api';
import { buildJob } from '@vpo-live/vpo-api/fixtures';
import { createFakeJobStore, createJobsApiHandlers } from '@vpo-live/vpo-api/testing';
import { setupServer } from 'msw/node';
import { createSignal } from 'solid-js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BulkActions } from './BulkActions.tsx';
import { createSelection } from './createSelection.ts';

const BASE = 'http://vpo.test';
const TOKEN = 'page-token';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

function page(statuses: JobStatus[]) {
  const seeds = statuses.map((status) => buildJob({ status }));
  const store = createFakeJobStore({ data: { jobs: seeds } });
  server.use(...createJobsApiHandlers(store, { baseUrl: BASE, csrfToken: TOKEN }));
  const [jobs, setJobs] = createSignal(seeds.map(toJobListItem));
  const selection = createSelection();
  const onChanged = vi.fn(() => setJobs(store.listJobs().map(toJobListItem)));
  const announce = vi.fn();
  render(() => (
    <BulkActions
      jobs={jobs()}
      selection={selection}
      access={{ csrfToken: TOKEN }}
      apiBase={`${BASE}/api`}
      onChanged={onChanged}
      announce={announce}
    />
  ));
  return { seeds, store, selection, onChanged, announce, ids: () => jobs().map((job) => job.id) };
}

describe('BulkActions', () => {
  it('shows nothing until a row is selected', () => {
    page(['queued']);
    expect(screen.queryByRole('group', { name: 'Selected jobs' })).toBeNull();
  });

  it('cancels the queued and running ones of the selection, with a summary, then clears it', async () => {
    const { seeds, store, selection, ids, announce, onChanged } = page([
      'queued',
      'queued',
      'queued',
      'queued',
      'running',
      'completed',
    ]);
    selection.toggleAll(ids());
    expect(screen.getByText('6 selected')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Retry/ })).toBeNull();
    screen.getByRole('button', { name: 'Cancel 5 jobs' }).click();
    screen
      .getByRole('group', { name: 'Cancel 5 jobs? Running ones stop within a second.' })
      .querySelector('button')!
      .click();
    await waitFor(() => expect(announce).toHaveBeenCalledWith('Cancelled 5 jobs.'));
    expect(seeds.map((seed) => store.getJob(seed.id)?.status)).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
      'cancelled',
      'completed',
    ]);
    expect(onChanged).toHaveBeenCalledTimes(1);
    expect(selection.size()).toBe(0);
    expect(screen.getByText('Cancelled 5 jobs.')).toBeInTheDocument();
  });

  it('lists the jobs the server refused, by short id and reason', async () => {
    const { seeds, store, selection, ids, announce } = page(['failed', 'failed']);
    selection.toggleAll(ids());
    // Someone else retried the second one meanwhile.
    store.updateJob(seeds[1]!.id, { status: 'queued' });
    screen.getByRole('button', { name: 'Retry 2 jobs' }).click();
    screen
      .getByRole('group', { name: /^Run 2 jobs again/ })
      .querySelector('button')!
      .click();
    await waitFor(() => expect(announce).toHaveBeenCalledWith('Queued again 1 job; 1 not changed.'));
    expect(screen.getByRole('listitem')).toHaveTextContent(
      `${seeds[1]!.id.slice(0, 8)}: Can only retry failed or cancelled jobs. Job is queued.`,
    );
  });
});
