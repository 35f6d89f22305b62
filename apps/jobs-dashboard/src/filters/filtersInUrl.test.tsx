import { fireEvent, screen, within } from '@solidjs/testing-library';
import { buildJob, buildJobs } from '@vpo-live/vpo-api/testing';
import { describe, expect, it, vi } from 'vitest';
import { rowIds, useDashboardHarness } from '../testing/dashboardHarness.ts';
import { SEARCH_DEBOUNCE_MS } from './SearchField.tsx';

const { start } = useDashboardHarness();

/** The page controls below the table. */
const below = () => within(screen.getByRole('navigation', { name: 'Pages, below the table' }));

const lastListQuery = (urls: URL[]) => urls.at(-1)?.searchParams.toString();

describe('filters, sort and page in the URL', () => {
  it('applies a status filter: URL, request and rows, and it survives polls', async () => {
    const jobs = [
      buildJob({ status: 'failed' }),
      buildJob({ status: 'completed' }),
      buildJob({ status: 'failed' }),
    ];
    const { root, listRequests, settle, advance } = await start(jobs);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'failed' } });
    await settle();
    expect(window.location.search).toBe('?status=failed');
    expect(lastListQuery(listRequests())).toBe('status=failed');
    expect(rowIds(root).sort()).toEqual([jobs[0]!.id, jobs[2]!.id].sort());
    await advance();
    await advance();
    expect(lastListQuery(listRequests())).toBe('status=failed');
    expect(screen.getByLabelText<HTMLSelectElement>('Status').value).toBe('failed');
  });

  it('opens the view a shared link describes', async () => {
    const jobs = buildJobs(120, 5).map((job) => ({ ...job, job_type: 'scan' as const }));
    const { listRequests } = await start(jobs, { url: '/jobs?type=scan&sort=status&order=asc&offset=50' });
    expect(lastListQuery(listRequests())).toBe('type=scan&sort=status&order=asc&offset=50');
    expect(screen.getByLabelText<HTMLSelectElement>('Type').value).toBe('scan');
    expect(screen.getByRole('columnheader', { name: /Status/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('sorts with header buttons and marks the sorted column with aria-sort', async () => {
    const { listRequests, settle } = await start(buildJobs(5, 2));
    const created = screen.getByRole('columnheader', { name: /Created/ });
    expect(created).toHaveAttribute('aria-sort', 'descending');
    screen.getByRole('button', { name: /File/ }).click();
    await settle();
    expect(window.location.search).toBe('?sort=file_path&order=asc');
    expect(screen.getByRole('columnheader', { name: /File/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(created).not.toHaveAttribute('aria-sort');
    screen.getByRole('button', { name: /File/ }).click();
    await settle();
    expect(lastListQuery(listRequests())).toBe('sort=file_path');
    expect(screen.getByRole('columnheader', { name: /File/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('pages 50 at a time and follows back/forward', async () => {
    const { root, settle } = await start(buildJobs(120, 9));
    expect(rowIds(root)).toHaveLength(50);
    expect(below().getByText(/Showing 1–50 of 120 jobs/)).toBeInTheDocument();
    below().getByRole('button', { name: 'Next' }).click();
    await settle();
    expect(window.location.search).toBe('?offset=50');
    expect(below().getByText(/Showing 51–100 of 120 jobs/)).toBeInTheDocument();
    window.history.back();
    await vi.waitFor(() => expect(window.location.search).toBe(''));
    await settle();
    expect(below().getByText(/Showing 1–50 of 120 jobs/)).toBeInTheDocument();
  });

  it('says which page is on screen until the next one answers, never a range past the total', async () => {
    const { settle } = await start(buildJobs(120, 9));
    below().getByRole('button', { name: 'Last page' }).click();
    // The URL names the last page at once; the rows on screen are still the first page's, and so is the text.
    expect(window.location.search).toBe('?offset=100');
    expect(below().getByText('Showing 1–50 of 120 jobs')).toBeInTheDocument();
    await settle();
    expect(below().getByText('Showing 101–120 of 120 jobs')).toBeInTheDocument();
  });

  it('honours another page size from the URL (limit) across pages', async () => {
    const { root, settle } = await start(buildJobs(120, 9), { url: '/jobs?limit=20' });
    expect(rowIds(root)).toHaveLength(20);
    below().getByRole('button', { name: 'Next' }).click();
    await settle();
    expect(window.location.search).toBe('?limit=20&offset=20');
    expect(below().getByText(/Showing 21–40 of 120 jobs/)).toBeInTheDocument();
  });

  it('debounces search: one request after typing pauses', async () => {
    const jobs = [
      buildJob({ file_path: '/media/Blue Horizon.mkv' }),
      buildJob({ file_path: '/media/other.mkv' }),
    ];
    const { root, listRequests, settle } = await start(jobs);
    const before = listRequests().length;
    const input = screen.getByLabelText('Search path');
    for (const text of ['b', 'bl', 'blu', 'blue']) {
      fireEvent.input(input, { target: { value: text } });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(listRequests().length).toBe(before);
    await vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS);
    await settle();
    expect(listRequests().length).toBe(before + 1);
    expect(window.location.search).toBe('?search=blue');
    expect(rowIds(root)).toEqual([jobs[0]!.id]);
  });

  it('resets to the first page when a filter changes', async () => {
    const { settle } = await start(buildJobs(120, 4), { url: '/jobs?offset=100' });
    fireEvent.change(screen.getByLabelText('Created'), { target: { value: '24h' } });
    await settle();
    expect(window.location.search).toBe('?since=24h');
  });
});

describe('empty states', () => {
  it('says there are no jobs yet when nothing is filtered', async () => {
    await start([]);
    expect(screen.getByText('No jobs yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).toBeNull();
  });

  it('offers to clear filters when filters hide everything', async () => {
    const { root, settle } = await start([buildJob({ status: 'completed' })], {
      url: '/jobs?status=failed&debug=1',
    });
    const empty = screen.getByText('No jobs match these filters').parentElement!;
    within(empty).getByRole('button', { name: 'Clear filters' }).click();
    await settle();
    expect(window.location.search).toBe('?debug=1');
    expect(rowIds(root)).toHaveLength(1);
  });
});
